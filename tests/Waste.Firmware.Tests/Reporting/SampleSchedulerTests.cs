using Waste.Firmware.Core.Reporting;

namespace Waste.Firmware.Tests.Reporting;

public class SampleSchedulerTests
{
    [Fact]
    public void The_next_sample_is_a_period_later_or_a_minute_later_to_confirm_an_alarm()
    {
        var scheduler = new SampleScheduler();
        Assert.True(scheduler.IsDue(0));

        scheduler.Sampled(100, 1800);
        Assert.False(scheduler.IsDue(1899));
        Assert.True(scheduler.IsDue(1900));

        scheduler.ConfirmSoon(100);
        Assert.Equal(160, scheduler.NextDueSeconds);
    }
}
