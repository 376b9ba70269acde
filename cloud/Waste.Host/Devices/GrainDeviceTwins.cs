using System.Buffers;
using System.Text;
using System.Text.Json;
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
        var buffer = new ArrayBufferWriter<byte>(twin.Desired.Length + twin.Reported.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("desired");
            TwinJson.WriteWithVersion(writer, twin.Desired, twin.DesiredVersion);
            writer.WritePropertyName("reported");
            TwinJson.WriteWithVersion(writer, twin.Reported, twin.ReportedVersion);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <inheritdoc />
    public async Task<(long Version, string? Error)> PatchReportedAsync(string deviceId, string patchJson)
    {
        var result = await grains.GetGrain<IDeviceTwinGrain>(deviceId).PatchReported(patchJson);
        return (result.Version, result.Error);
    }
}
