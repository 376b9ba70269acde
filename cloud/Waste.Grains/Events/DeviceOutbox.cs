using Waste.Grains.Alerts;
using Waste.Grains.Zones;

namespace Waste.Grains.Events;

/// <summary>
/// A device grain's events waiting for delivery, persisted with its state: the grain saves, then delivers, and what
/// could not be delivered waits for the next save. Receivers are idempotent, so a crash between delivery and the next
/// save only delivers an event twice.
/// </summary>
[GenerateSerializer]
public sealed class DeviceOutbox
{
    [Id(0)] private List<DeviceEvent> _pending = [];

    /// <summary>Events not yet delivered.</summary>
    public int Count => _pending.Count;

    /// <summary>Queues an event.</summary>
    public void Add(DeviceEvent deviceEvent) => _pending.Add(deviceEvent);

    /// <summary>Delivers the queued events in order, stopping at the first that fails; returns that failure, if any.</summary>
    public async Task<Exception?> DeliverAsync(IGrainFactory grains)
    {
        while (_pending.Count > 0)
        {
            try
            {
                await DeliverAsync(grains, _pending[0]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return e;
            }

            _pending.RemoveAt(0);
        }

        return null;
    }

    private static Task DeliverAsync(IGrainFactory grains, DeviceEvent deviceEvent) => deviceEvent switch
    {
        AlertRaised raised => grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey).Raise(raised.Condition),
        AlertCleared cleared => grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey).ConditionCleared(cleared.DeviceId, cleared.Kind, cleared.At),
        BinEmptied emptied => grains.GetGrain<IZoneGrain>(emptied.ZoneKey).Record(emptied),
        BinOverflowed overflowed => grains.GetGrain<IZoneGrain>(overflowed.ZoneKey).Record(overflowed),
        ToiletTime time => grains.GetGrain<IZoneGrain>(time.ZoneKey).Record(time),
        FaultBegan fault => grains.GetGrain<IZoneGrain>(fault.ZoneKey).Record(fault),
        _ => throw new ArgumentOutOfRangeException(nameof(deviceEvent), deviceEvent.GetType().Name, "no receiver"),
    };
}
