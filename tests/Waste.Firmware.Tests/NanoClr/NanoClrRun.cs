namespace Waste.Firmware.Tests.NanoClr;

/// <summary>What one nanoCLR run printed: the program's own lines (between the runtime's "Ready." and "Done."),
/// whether it got to "Done.", its exit code and everything it wrote, for failure messages.</summary>
internal sealed record NanoClrRun(int ExitCode, bool Finished, IReadOnlyList<string> Lines, string Output)
{
    /// <summary>Reads the runtime's output.</summary>
    public static NanoClrRun Parse(int exitCode, string output)
    {
        var all = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var ready = Array.IndexOf(all, "Ready.");
        var done = Array.LastIndexOf(all, "Done.");
        var start = ready < 0 ? all.Length : ready + 1;
        var end = done > start ? done : all.Length;
        var lines = all[start..end];
        if (done <= start && lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        return new NanoClrRun(exitCode, exitCode == 0 && done > start, lines, output);
    }

    /// <summary>The last <paramref name="count"/> lines of output, to show where a run stopped.</summary>
    public string Tail(int count = 12) =>
        string.Join("\n", Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').TakeLast(count));
}
