namespace Waste.Simulation.Clock;

/// <summary>
/// A clock that runs <see cref="Speed"/> times faster than real time from <see cref="Start"/>: a simulated day passes
/// in minutes while devices and cloud agree on the time. Timers made from it fire at the same accelerated pace.
/// </summary>
public sealed class AcceleratedClock : TimeProvider
{
    private readonly long _realStart;

    /// <summary>Starts the clock at <paramref name="start"/>, running <paramref name="speed"/> times real time.</summary>
    public AcceleratedClock(DateTimeOffset start, double speed)
    {
        if (!(speed > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), "speed must be positive");
        }

        Start = start;
        Speed = speed;
        _realStart = System.GetTimestamp();
    }

    /// <summary>The simulated time at which the clock started.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Simulated seconds per real second.</summary>
    public double Speed { get; }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Start + System.GetElapsedTime(_realStart) * Speed;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, Real(dueTime), Real(period));

    /// <summary>The real time that <paramref name="simulated"/> takes on this clock.</summary>
    public TimeSpan Real(TimeSpan simulated) =>
        simulated == Timeout.InfiniteTimeSpan ? simulated : simulated / Speed;
}
