using Waste.Simulation.Clock;

namespace Waste.Simulation.Tests.Clock;

public class VirtualClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Timers_fire_when_the_clock_passes_them_in_time_order_each_seeing_its_own_due_time()
    {
        var clock = new VirtualClock(Start);
        var fired = new List<(string Name, DateTimeOffset At)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow())), null, TimeSpan.FromMinutes(30), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow())), null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);

        clock.SetUtcNow(Start.AddMinutes(5));
        Assert.Empty(fired);

        clock.SetUtcNow(Start.AddHours(1));
        Assert.Equal([("early", Start.AddMinutes(10)), ("late", Start.AddMinutes(30))], fired);
        Assert.Equal(Start.AddHours(1), clock.GetUtcNow());
    }

    [Fact]
    public void A_changed_timer_fires_at_its_new_time_only_and_a_disposed_one_never()
    {
        var clock = new VirtualClock(Start);
        var moved = new List<DateTimeOffset>();
        var disposedFired = false;
        using var timer = clock.CreateTimer(_ => moved.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);
        var gone = clock.CreateTimer(_ => disposedFired = true, null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);

        Assert.True(timer.Change(TimeSpan.FromMinutes(20), Timeout.InfiniteTimeSpan));
        gone.Dispose();
        Assert.False(gone.Change(TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan));
        clock.SetUtcNow(Start.AddHours(1));

        Assert.Equal([Start.AddMinutes(20)], moved);
        Assert.False(disposedFired);
    }

    [Fact]
    public void A_periodic_timer_fires_once_per_period_passed_and_a_callback_may_set_a_new_timer_that_fires_in_the_same_move()
    {
        var clock = new VirtualClock(Start);
        var ticks = 0;
        var chained = DateTimeOffset.MinValue;
        using var periodic = clock.CreateTimer(_ => ticks++, null, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));
        ITimer? next = null;
        using var first = clock.CreateTimer(_ => next = clock.CreateTimer(_ => chained = clock.GetUtcNow(), null, TimeSpan.FromMinutes(5), Timeout.InfiniteTimeSpan), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        clock.SetUtcNow(Start.AddHours(1));

        Assert.Equal(4, ticks);
        Assert.Equal(Start.AddMinutes(6), chained);
        next?.Dispose();
    }

    [Fact]
    public void The_clock_never_goes_back()
    {
        var clock = new VirtualClock(Start);
        clock.SetUtcNow(Start.AddMinutes(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetUtcNow(Start));
        Assert.Equal(Start.AddMinutes(1), clock.GetUtcNow());
    }

    [Fact]
    public void A_hundred_thousand_watchdogs_moved_at_every_reading_fire_once_each_when_silence_comes()
    {
        var clock = new VirtualClock(Start);
        var fired = 0;
        var timers = Enumerable.Range(0, 100_000)
            .Select(_ => clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromHours(2), Timeout.InfiniteTimeSpan))
            .ToList();
        for (var round = 1; round <= 3; round++)
        {
            clock.SetUtcNow(Start.AddMinutes(15 * round));
            Parallel.ForEach(timers, t => t.Change(TimeSpan.FromHours(2), Timeout.InfiniteTimeSpan));
        }

        clock.SetUtcNow(Start.AddHours(2));
        Assert.Equal(0, fired);
        clock.SetUtcNow(Start.AddHours(3));
        Assert.Equal(100_000, fired);
        timers.ForEach(t => t.Dispose());
    }
}
