using Waste.Registry;
using Waste.Simulation.Devices;
using Waste.Telemetry;

namespace Waste.Simulation;

/// <summary>Registers the virtual city's bins in the hub's registry, each with its own new key, keeping the keys of
/// bins already registered so a restarted city continues where it stopped. Secrets never come from the repository.</summary>
public static class FleetProvisioning
{
    /// <summary>Ensures bins <c>{prefix}0001</c>..<c>{prefix}{count}</c> exist and returns their credentials.</summary>
    public static async Task<IReadOnlyList<DeviceCredentials>> EnsureBinsAsync(
        IDeviceRegistry registry, string idPrefix, int count, HubAddress hub, CancellationToken cancellationToken)
    {
        var devices = Enumerable.Range(1, count)
            .Select(i => $"{idPrefix}{i:D4}")
            .Select(id => registry.Find(id) ?? new RegisteredDevice
            {
                Id = id,
                Kind = DeviceKind.Bin,
                PrimaryKey = DeviceKey.Generate(),
                Stream = WasteStream.Residual,
                CapacityLitres = 240,
                Ward = "Phú Cường",
                District = "Thủ Dầu Một",
            })
            .ToList();
        await registry.SaveAsync(devices, cancellationToken);
        return [.. devices.Select(d => new DeviceCredentials(d.Id, d.PrimaryKey, hub))];
    }
}
