using Waste.Firmware.Core.Network;
using Waste.Simulation.Faults;

namespace Waste.Simulation.Platform;

/// <summary>The network of a device's ward: up, except while a <see cref="FaultKind.NetworkOutage"/> covers the
/// ward. Counts joins, and joins refused.</summary>
public sealed class WardNetwork(string ward, FaultSchedule faults, TimeProvider time) : INetwork
{
    /// <summary>Joins attempted.</summary>
    public long Joins { get; private set; }

    /// <summary>Joins refused by an outage.</summary>
    public long Refused { get; private set; }

    /// <inheritdoc />
    public bool Join()
    {
        Joins++;
        if (faults.IsActive(FaultKind.NetworkOutage, ward, time.GetUtcNow()))
        {
            Refused++;
            return false;
        }

        return true;
    }

    /// <inheritdoc />
    public void Leave()
    {
    }
}
