using Waste.Grains.Alerts;
using Waste.Grains.Events;
using Waste.Grains.Rules;
using Waste.Grains.Zones;
using Waste.Registry;

namespace Waste.Grains.Devices;

/// <summary>Turns a device's conditions into events: an alert raised (and a fault counted for its ward) when one
/// starts, cleared when it ends.</summary>
public sealed class DeviceConditions(string deviceId, RegisteredDevice? device, ConditionSet conditions, DeviceOutbox outbox)
{
    /// <summary>Records whether <paramref name="kind"/> holds at <paramref name="at"/>, and why, queuing what changed.</summary>
    public void Set(AlertKind kind, bool holds, DateTimeOffset at, AlertReason? reason = null)
    {
        switch (conditions.Set(kind, holds))
        {
            case ConditionChange.Started:
                outbox.Add(new AlertRaised(new AlertCondition(deviceId, kind, at, reason?.Describe() ?? "", device?.Ward, device?.District, reason)));
                outbox.Add(new FaultBegan(ZoneKey.Of(device), deviceId, kind, at));
                break;
            case ConditionChange.Ended:
                outbox.Add(new AlertCleared(deviceId, kind, at));
                break;
        }
    }
}
