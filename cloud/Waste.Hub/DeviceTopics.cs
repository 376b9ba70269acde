namespace Waste.Hub;

/// <summary>
/// The per-device topic space of the IoT Hub device protocol, and what a device may do in it: each device may
/// publish and subscribe only on its own topics and the <c>$iothub/</c> topics that the hub scopes to its connection.
/// </summary>
public static class DeviceTopics
{
    /// <summary>True when <paramref name="topic"/> is <paramref name="deviceId"/>'s telemetry topic
    /// (<c>devices/{id}/messages/events/</c> with an optional property bag).</summary>
    public static bool IsTelemetryOf(string topic, string deviceId) =>
        topic.StartsWith(TelemetryPrefix(deviceId), StringComparison.Ordinal);

    /// <summary>True when <paramref name="deviceId"/> may publish on <paramref name="topic"/>.</summary>
    public static bool MayPublish(string deviceId, string topic) =>
        IsTelemetryOf(topic, deviceId)
        || topic.StartsWith("$iothub/twin/GET/", StringComparison.Ordinal)
        || topic.StartsWith("$iothub/twin/PATCH/properties/reported/", StringComparison.Ordinal)
        || topic.StartsWith("$iothub/methods/res/", StringComparison.Ordinal);

    /// <summary>True when <paramref name="deviceId"/> may subscribe to <paramref name="filter"/>.</summary>
    public static bool MaySubscribe(string deviceId, string filter) =>
        filter == $"devices/{deviceId}/messages/devicebound/#"
        || filter.StartsWith($"devices/{deviceId}/messages/devicebound/", StringComparison.Ordinal) && !ContainsWildcardBefore(filter)
        || filter == "$iothub/twin/res/#"
        || filter == "$iothub/twin/PATCH/properties/desired/#"
        || filter == "$iothub/methods/POST/#";

    private static string TelemetryPrefix(string deviceId) => $"devices/{deviceId}/messages/events/";

    private static bool ContainsWildcardBefore(string filter)
    {
        var hash = filter.IndexOf('#', StringComparison.Ordinal);
        var plus = filter.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 || (hash >= 0 && hash != filter.Length - 1);
    }
}
