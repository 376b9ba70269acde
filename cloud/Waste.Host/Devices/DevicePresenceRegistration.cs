using Waste.Grains.Devices;
using Waste.Hub;

namespace Waste.Host.Devices;

/// <summary>Registers <see cref="GrainDevicePresence"/>: the hubs' presence news, and the silo's own bridge link for
/// session grains that moved here.</summary>
public static class DevicePresenceRegistration
{
    /// <summary>Adds the presence as <see cref="IDevicePresence"/> and <see cref="ISharedBrokerLinks"/>, one instance.</summary>
    public static IServiceCollection AddGrainDevicePresence(this IServiceCollection services) => services
        .AddSingleton<GrainDevicePresence>()
        .AddSingleton<IDevicePresence>(provider => provider.GetRequiredService<GrainDevicePresence>())
        .AddSingleton<ISharedBrokerLinks>(provider => provider.GetRequiredService<GrainDevicePresence>());
}
