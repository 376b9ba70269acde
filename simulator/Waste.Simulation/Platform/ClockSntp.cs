using Waste.Firmware.Core.Time;

namespace Waste.Simulation.Platform;

/// <summary>The time server: answers with the simulation's clock (the cloud's clock too).</summary>
public sealed class ClockSntp(TimeProvider time) : ISntpClient
{
    /// <inheritdoc />
    public bool TryGetUnixSeconds(out long unixSeconds)
    {
        unixSeconds = time.GetUtcNow().ToUnixTimeSeconds();
        return true;
    }
}
