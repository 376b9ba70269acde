namespace Waste.Registry;

/// <summary>The devices the hub knows.</summary>
public interface IDeviceRegistry
{
    /// <summary>The device with this id, or null.</summary>
    RegisteredDevice? Find(string id);

    /// <summary>Every device, in id order.</summary>
    IReadOnlyList<RegisteredDevice> All();

    /// <summary>Adds the devices, or replaces those with the same id, and saves.</summary>
    Task SaveAsync(IEnumerable<RegisteredDevice> devices, CancellationToken cancellationToken = default);

    /// <summary>Raised after a device is added or changed, for example revoked.</summary>
    event Action<RegisteredDevice>? Changed;
}
