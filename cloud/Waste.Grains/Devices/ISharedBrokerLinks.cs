namespace Waste.Grains.Devices;

/// <summary>
/// This silo's own way to the devices on a shared broker: its bridge's link. A session grain that moved here after
/// its silo died reaches its device through it, since every bridge of the group publishes on the same broker.
/// Registered by the host; absent on a silo without a bridge.
/// </summary>
public interface ISharedBrokerLinks
{
    /// <summary>This silo's bridge link in <paramref name="group"/>, or null when this silo runs no bridge in it.</summary>
    IDeviceLink? For(string group);
}
