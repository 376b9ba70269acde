using System.Diagnostics;

namespace Waste.Firmware.Tests.NanoClr;

/// <summary>
/// nanoFramework's interpreter and .pe converter built for Linux, in ../shared/tools/nanoclr beside the repository
/// (its README says what they are). They are not part of the repository: a clone without them skips the tests that
/// need them, and says so.
/// </summary>
internal static class NanoClrTools
{
    /// <summary>Where the tools are expected.</summary>
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "tools", "nanoclr"));

    /// <summary>Why the tools cannot be used, or null when they can.</summary>
    public static string? Missing =>
        File.Exists(Path.Combine(Folder, "nanoclr-run")) && File.Exists(Path.Combine(Folder, "pe-convert"))
            ? null
            : $"nanoCLR is not installed: {Folder} (nanoclr-run, pe-convert) is absent";

    /// <summary>Converts <paramref name="assembly"/> to <paramref name="pe"/>; <paramref name="references"/> are the
    /// assemblies it references, mscorlib.dll first.</summary>
    public static void Convert(string assembly, string pe, params string[] references)
    {
        var (exitCode, output) = Start("pe-convert", [assembly, pe, .. references], TimeSpan.FromMinutes(2));
        if (exitCode != 0 || !File.Exists(pe))
        {
            throw new InvalidOperationException($"pe-convert {Path.GetFileName(assembly)} failed ({exitCode}):\n{output}");
        }
    }

    /// <summary>Runs <paramref name="peFiles"/> (mscorlib.pe first) on nanoCLR with <paramref name="heapBytes"/> of
    /// managed heap, or its default when null.</summary>
    public static NanoClrRun Run(IReadOnlyList<string> peFiles, long? heapBytes, TimeSpan timeout)
    {
        string[] heap = heapBytes is { } bytes ? ["--heap", bytes.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [];
        var (exitCode, output) = Start("nanoclr-run", [.. heap, .. peFiles], timeout);
        return NanoClrRun.Parse(exitCode, output);
    }

    private static (int ExitCode, string Output) Start(string tool, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Path.Combine(Folder, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} ran longer than {timeout}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }
}
