using System.Text;
using Microsoft.Extensions.Logging;

namespace Waste.Hub;

/// <summary>Answers a device's twin requests (get the whole twin; patch reported properties) with the response
/// topic and body IoT Hub would send.</summary>
public sealed partial class TwinRequests(IDeviceTwins twins, HubMetrics metrics, ILogger<TwinRequests> logger)
{
    /// <summary>The largest reported patch accepted, as in IoT Hub.</summary>
    public const int MaxPatchBytes = 32 * 1024;

    /// <summary>The answer to <paramref name="topic"/> from <paramref name="deviceId"/>, or null when the topic is
    /// not a twin request.</summary>
    public async Task<(string Topic, string Body)?> HandleAsync(string deviceId, string topic, ReadOnlyMemory<byte> payload)
    {
        var isGet = DeviceTopics.IsTwinGet(topic);
        if (!isGet && !DeviceTopics.IsReportedPatch(topic))
        {
            return null;
        }

        if (TopicQuery.Get(topic, "$rid") is not { Length: > 0 and <= 64 } requestId)
        {
            metrics.TwinRequestRefused("no_request_id");
            return null;
        }

        if (isGet)
        {
            return (DeviceTopics.TwinResponse(200, requestId), await twins.GetTwinJsonAsync(deviceId));
        }

        if (payload.Length > MaxPatchBytes)
        {
            metrics.TwinRequestRefused("oversize");
            return (DeviceTopics.TwinResponse(413, requestId), """{"error":"patch too large"}""");
        }

        var (version, error) = await twins.PatchReportedAsync(deviceId, Encoding.UTF8.GetString(payload.Span));
        if (error is not null)
        {
            metrics.TwinRequestRefused("invalid_patch");
            LogPatchRefused(deviceId, error);
            return (DeviceTopics.TwinResponse(400, requestId), System.Text.Json.JsonSerializer.Serialize(new { error }));
        }

        return (DeviceTopics.TwinResponse(204, requestId, version), "");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reported patch from {DeviceId} refused: {Error}")]
    private partial void LogPatchRefused(string deviceId, string error);
}
