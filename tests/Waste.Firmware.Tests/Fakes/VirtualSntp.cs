using Waste.Firmware.Core.Time;

namespace Waste.Firmware.Tests.Fakes;

/// <summary>A time server answering the virtual UTC time, when it is reachable.</summary>
internal sealed class VirtualSntp(VirtualClock clock) : ISntpClient
{
    public bool Reachable { get; set; } = true;

    public bool TryGetUnixSeconds(out long unixSeconds)
    {
        unixSeconds = Reachable ? clock.UtcSeconds : 0;
        return Reachable;
    }
}
