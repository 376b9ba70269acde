namespace Waste.Firmware.Tests.NanoClr;

/// <summary>
/// The firmware on nanoFramework's own runtime: the scenario (each node's worst case, then the bin's and the toilet's
/// lives through every path: cold boot, batching, outage and replay, a full buffer, twin properties good and bad,
/// commands and methods, fire, tilt, low battery, faults, token renewal, visits, odour, leak) built against
/// nanoFramework's mscorlib, converted, run on nanoCLR, and compared line by line with the same scenario on .NET.
/// What the compiler cannot see fails here: a type the runtime cannot load, arithmetic that differs, formatting.
/// </summary>
public class NanoClrScenarioTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [SkippableFact]
    public void The_scenario_prints_the_same_on_nanoCLR_as_on_dotnet_line_by_line()
    {
        Skip.If(NanoClrTools.Missing is not null, NanoClrTools.Missing);

        var nano = NanoClrTools.Run(NanoClrScenario.PeFiles, null, Timeout);
        var host = HostOutput.OfScenario();

        Assert.True(nano.Finished, $"nanoCLR stopped (exit {nano.ExitCode}) after {nano.Lines.Count} lines:\n{nano.Tail()}");
        for (var i = 0; i < Math.Min(nano.Lines.Count, host.Count); i++)
        {
            Assert.True(host[i] == nano.Lines[i], $"line {i + 1} differs\n.NET:    {host[i]}\nnanoCLR: {nano.Lines[i]}");
        }

        Assert.Equal(host.Count, nano.Lines.Count);
        Assert.Equal("== end", nano.Lines[^1]);
    }
}
