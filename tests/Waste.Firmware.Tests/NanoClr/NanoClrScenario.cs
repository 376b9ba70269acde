namespace Waste.Firmware.Tests.NanoClr;

/// <summary>The firmware scenario's nano build (firmware/Waste.Firmware.Scenarios.Nano, built with the solution)
/// converted to .pe files once per test run, ready for nanoCLR.</summary>
internal static class NanoClrScenario
{
    private static readonly Lazy<string[]> Converted = new(Convert);

    /// <summary>mscorlib.pe, the core's .pe and the scenario's .pe, in load order.</summary>
    public static IReadOnlyList<string> PeFiles => Converted.Value;

    private static string[] Convert()
    {
        var build = RepositoryPaths.FirmwareOutput("Waste.Firmware.Scenarios.Nano");
        var mscorlib = Path.Combine(build, "mscorlib.dll");
        var core = Path.Combine(build, "Waste.Firmware.Core.dll");
        var scenario = Path.Combine(build, "Waste.Firmware.Scenarios.dll");
        if (!File.Exists(scenario))
        {
            throw new InvalidOperationException($"build Waste.sln first: {scenario} is missing");
        }

        // Beside the tests' own output, rewritten at each run.
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "nanoclr")).FullName;
        var corePe = Path.Combine(folder, "Waste.Firmware.Core.pe");
        var scenarioPe = Path.Combine(folder, "Waste.Firmware.Scenarios.pe");
        NanoClrTools.Convert(core, corePe, mscorlib);
        NanoClrTools.Convert(scenario, scenarioPe, mscorlib, core);
        return [Path.Combine(build, "mscorlib.pe"), corePe, scenarioPe];
    }
}
