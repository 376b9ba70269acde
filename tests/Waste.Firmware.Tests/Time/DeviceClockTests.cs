using Waste.Firmware.Core.Telemetry;
using Waste.Firmware.Core.Time;
using Waste.Firmware.Tests.Fakes;

namespace Waste.Firmware.Tests.Time;

public class DeviceClockTests
{
    [Fact]
    public void Before_SNTP_the_clock_is_seconds_since_power_on()
    {
        var monotonic = new VirtualClock();
        monotonic.AdvanceSeconds(90);
        var clock = new DeviceClock(monotonic);

        Assert.Equal(ClockSource.Uptime, clock.Source);
        Assert.Equal(90, clock.ToMessageTime(clock.MonotonicSeconds));
        Assert.True(clock.NeedsSynchronisation);
    }

    [Fact]
    public void After_SNTP_earlier_monotonic_times_move_onto_UTC()
    {
        var monotonic = new VirtualClock();
        var clock = new DeviceClock(monotonic);
        var takenAt = clock.MonotonicSeconds;
        var utcThen = monotonic.UtcSeconds;
        monotonic.AdvanceSeconds(3600);

        Assert.True(clock.Synchronise(new VirtualSntp(monotonic)));

        Assert.Equal(ClockSource.Utc, clock.Source);
        Assert.Equal(utcThen, clock.ToMessageTime(takenAt));
        Assert.False(clock.NeedsSynchronisation);
    }

    [Fact]
    public void An_unreachable_time_server_leaves_the_clock_on_uptime()
    {
        var monotonic = new VirtualClock();
        var clock = new DeviceClock(monotonic);

        Assert.False(clock.Synchronise(new VirtualSntp(monotonic) { Reachable = false }));
        Assert.Equal(ClockSource.Uptime, clock.Source);
    }

    [Fact]
    public void The_clock_asks_again_after_a_day()
    {
        var monotonic = new VirtualClock();
        var clock = new DeviceClock(monotonic);
        clock.Synchronise(new VirtualSntp(monotonic));

        monotonic.AdvanceSeconds(DeviceClock.ResyncSeconds);

        Assert.True(clock.NeedsSynchronisation);
    }
}
