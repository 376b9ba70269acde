using System.Security.Cryptography;
using CsCheck;
using Waste.Firmware.Scenarios;
using Waste.Firmware.Scenarios.Virtual;
using Waste.Firmware.Tests.NanoClr;

namespace Waste.Firmware.Tests.Scenarios;

/// <summary>The scenario that NanoClrScenarioTests runs on both runtimes does what it says, on the host.</summary>
public class FirmwareScenarioTests
{
    private static readonly Lazy<IReadOnlyList<string>> Lines = new(HostOutput.OfScenario);

    [Fact]
    public void The_bins_worst_case_fills_its_buffer_then_uploads_it_whole_in_messages_of_48()
    {
        var lines = Section("== bin worst case:", WorstCase.BinDone);

        Assert.Contains(lines, l => l.Contains("measured 336 times", StringComparison.Ordinal) && l.Contains("waiting 336, dropped 1", StringComparison.Ordinal));
        Assert.Equal(7, lines.Count(l => l.StartsWith("device> devices/bin-worst-case-0001/messages/events/", StringComparison.Ordinal)));
        Assert.Contains("messages 7, waiting 0", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_toilets_worst_case_fills_its_buffer_then_uploads_it_whole_in_messages_of_48()
    {
        var lines = Section("== toilet worst case:", WorstCase.ToiletDone);

        Assert.Contains(lines, l => l.Contains("waiting 1440", StringComparison.Ordinal));
        Assert.Equal(30, lines.Count(l => l.StartsWith("device> devices/wc-worst-case-0001/messages/events/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_step_of_both_lives_runs_and_the_scenario_ends()
    {
        var steps = Lines.Value.Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ToList();

        Assert.Equal(16, steps.Count(s => s.StartsWith("== bin: ", StringComparison.Ordinal)));
        Assert.Equal(11, steps.Count(s => s.StartsWith("== toilet: ", StringComparison.Ordinal)));
        Assert.Equal("== end", Lines.Value[^1]);
        Assert.Contains(Lines.Value, l => l.Contains("config_error\":\"sample_period_s: out of range", StringComparison.Ordinal));
        Assert.Contains(Lines.Value, l => l.Contains("\"alarms\":[\"fire\"]", StringComparison.Ordinal));
        Assert.Contains(Lines.Value, l => l.Contains("reboot yes", StringComparison.Ordinal));
        Assert.Contains(Lines.Value, l => l.StartsWith("hub: connection refused: unreachable", StringComparison.Ordinal));
    }

    [Fact]
    public void The_scenarios_hmac_is_hmac_sha256()
    {
        Gen.Select(Gen.Byte.Array[0, 100], Gen.Byte.Array[0, 300]).Sample((key, data) =>
            Assert.Equal(HMACSHA256.HashData(key, data), new HmacSha256().Compute(key, data)));
    }

    // The lines from the first starting with `start` to the line `end`.
    private static List<string> Section(string start, string end)
    {
        var lines = Lines.Value;
        var first = lines.ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        var last = lines.ToList().IndexOf(end);
        Assert.True(first >= 0 && last > first, $"no section {start} .. {end}");
        return [.. lines.Skip(first).Take(last - first + 1)];
    }
}
