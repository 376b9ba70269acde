namespace Waste.Routing.Tests;

/// <summary>A clock that moves by <paramref name="step"/> each time it is read: a time limit becomes a count of
/// readings, however fast the machine is.</summary>
internal sealed class SteppingClock(TimeSpan step) : TimeProvider
{
    public int Readings { get; private set; }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => step.Ticks * Readings++;
}
