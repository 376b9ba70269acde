using Waste.Grains.Devices;
using Waste.Hub;

namespace Waste.Host.Devices;

/// <summary>Device twins, kept by each device's twin grain.</summary>
public sealed class GrainDeviceTwins(IGrainFactory grains) : IDeviceTwins
{
    /// <inheritdoc />
    public async Task<string> GetTwinJsonAsync(string deviceId) =>
        TwinJson.DeviceView(await grains.GetGrain<IDeviceTwinGrain>(deviceId).Get());

    /// <inheritdoc />
    public async Task<(long Version, string? Error)> PatchReportedAsync(string deviceId, string patchJson)
    {
        var result = await grains.GetGrain<IDeviceTwinGrain>(deviceId).PatchReported(patchJson);
        return (result.Version, result.Error);
    }
}
