using Waste.Firmware.Core.Reporting;

namespace Waste.Firmware.Tests.Reporting;

public class ReportPolicyTests
{
    private static readonly ReportPolicy Policy = new(6, 48, 10);

    [Fact]
    public void Sends_on_the_heartbeat_a_full_batch_or_anything_urgent_and_never_an_empty_message()
    {
        Assert.False(Policy.ShouldSend(12, 6 * 3600 - 1, false));
        Assert.True(Policy.ShouldSend(12, 6 * 3600, false));
        Assert.True(Policy.ShouldSend(48, 60, false));
        Assert.True(Policy.ShouldSend(1, 60, true));
        Assert.False(Policy.ShouldSend(0, 99 * 3600, true));
    }

    [Fact]
    public void Refuses_values_outside_the_protocols_ranges()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportPolicy(0.5, 48, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportPolicy(6, 1441, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportPolicy(6, 48, 0));
    }
}
