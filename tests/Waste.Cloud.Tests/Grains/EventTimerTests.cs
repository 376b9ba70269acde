using Microsoft.Extensions.Time.Testing;
using Waste.Grains.Devices;

namespace Waste.Cloud.Tests.Grains;

public class EventTimerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly List<DateTimeOffset> _calls = [];

    private Func<Task> Record => () =>
    {
        _calls.Add(_clock.GetUtcNow());
        return Task.CompletedTask;
    };

    // Hour by hour, so each call sees the hour it was due in.
    private void RunTo(int hours)
    {
        while (_clock.GetUtcNow() < Start.AddHours(hours))
        {
            _clock.Advance(TimeSpan.FromHours(1));
        }
    }

    [Fact]
    public void A_later_deadline_keeps_the_earlier_call_so_messages_cost_no_timer_churn()
    {
        using var timer = new EventTimer(_clock);
        timer.NoLaterThan(Start.AddHours(13), Record);
        timer.NoLaterThan(Start.AddHours(14), Record);
        timer.NoLaterThan(Start.AddHours(15), Record);

        RunTo(16);

        Assert.Equal([Start.AddHours(13)], _calls);
    }

    [Fact]
    public void An_earlier_deadline_replaces_the_later_call()
    {
        using var timer = new EventTimer(_clock);
        timer.NoLaterThan(Start.AddHours(13), Record);
        timer.NoLaterThan(Start.AddHours(2), Record);

        RunTo(20);

        Assert.Equal([Start.AddHours(2)], _calls);
    }

    [Fact]
    public void Once_a_call_is_made_the_next_deadline_arms_a_new_one()
    {
        using var timer = new EventTimer(_clock);
        timer.NoLaterThan(Start.AddHours(1), Record);
        RunTo(1);

        timer.NoLaterThan(Start.AddHours(5), Record);
        RunTo(6);

        Assert.Equal([Start.AddHours(1), Start.AddHours(5)], _calls);
    }

    [Fact]
    public void A_deadline_already_passed_calls_at_once_and_disposing_cancels_what_is_pending()
    {
        var timer = new EventTimer(_clock);
        RunTo(3);
        timer.NoLaterThan(Start.AddHours(1), Record);
        timer.NoLaterThan(Start.AddHours(9), Record);
        timer.Dispose();

        RunTo(10);

        Assert.Equal([Start.AddHours(3)], _calls);
    }
}
