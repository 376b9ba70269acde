namespace Waste.Simulation.Platform;

/// <summary>
/// One device's own time within a simulation step. The shared clock (the cloud's) jumps to the end of each step;
/// each device is run event by event up to it, at the exact times its firmware asked to be woken or its inputs
/// changed, and sees this time meanwhile: its sensors, its uptime and its SNTP answers. It never runs ahead of the
/// shared clock, so the cloud never receives a reading from its future.
/// </summary>
public sealed class DeviceTime(DateTimeOffset start) : TimeProvider
{
    /// <summary>The device's present time.</summary>
    public DateTimeOffset Now { get; private set; } = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Moves the device's time on to <paramref name="to"/> (never back).</summary>
    public void MoveTo(DateTimeOffset to)
    {
        if (to > Now)
        {
            Now = to;
        }
    }
}
