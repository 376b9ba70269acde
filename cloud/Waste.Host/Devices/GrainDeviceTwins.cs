using System.Text.Json.Nodes;
using Waste.Grains.Devices;
using Waste.Hub;

namespace Waste.Host.Devices;

/// <summary>Device twins, kept by each device's twin grain.</summary>
public sealed class GrainDeviceTwins(IGrainFactory grains) : IDeviceTwins
{
    /// <inheritdoc />
    public async Task<string> GetTwinJsonAsync(string deviceId)
    {
        var twin = await grains.GetGrain<IDeviceTwinGrain>(deviceId).Get();
        return new JsonObject
        {
            ["desired"] = TwinJson.WithVersion(twin.Desired, twin.DesiredVersion),
            ["reported"] = TwinJson.WithVersion(twin.Reported, twin.ReportedVersion),
        }.ToJsonString();
    }

    /// <inheritdoc />
    public async Task<(long Version, string? Error)> PatchReportedAsync(string deviceId, string patchJson)
    {
        var result = await grains.GetGrain<IDeviceTwinGrain>(deviceId).PatchReported(patchJson);
        return (result.Version, result.Error);
    }
}
