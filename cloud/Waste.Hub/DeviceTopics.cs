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

    /// <summary>True when <paramref name="filter"/> is how <paramref name="deviceId"/> subscribes to its messages.</summary>
    public static bool IsCloudToDeviceFilter(string deviceId, string filter) =>
        filter == $"devices/{deviceId}/messages/devicebound/#";

    /// <summary>Where the cloud sends a device its messages.</summary>
    public static string CloudToDevice(string deviceId, string messageId) =>
        $"devices/{deviceId}/messages/devicebound/%24.mid={Uri.EscapeDataString(messageId)}";

    /// <summary>Where the hub answers a device's twin request.</summary>
    public static string TwinResponse(int status, string requestId, long? version = null) =>
        version is { } v ? $"$iothub/twin/res/{status}/?$rid={requestId}&$version={v}" : $"$iothub/twin/res/{status}/?$rid={requestId}";

    /// <summary>Where the hub pushes a desired-properties patch.</summary>
    public static string DesiredPatch(long version) => $"$iothub/twin/PATCH/properties/desired/?$version={version}";

    /// <summary>Where the hub calls a direct method.</summary>
    public static string MethodRequest(string method, string requestId) => $"$iothub/methods/POST/{method}/?$rid={requestId}";

    /// <summary>True for a device's request for its whole twin.</summary>
    public static bool IsTwinGet(string topic) => topic.StartsWith("$iothub/twin/GET/", StringComparison.Ordinal);

    /// <summary>True for a device's reported-properties patch.</summary>
    public static bool IsReportedPatch(string topic) => topic.StartsWith("$iothub/twin/PATCH/properties/reported/", StringComparison.Ordinal);

    /// <summary>Reads a device's direct-method answer topic: <c>$iothub/methods/res/{status}/?$rid={rid}</c>.</summary>
    public static bool TryParseMethodResponse(string topic, out int status, out string requestId)
    {
        const string prefix = "$iothub/methods/res/";
        status = 0;
        requestId = "";
        if (!topic.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var slash = topic.IndexOf('/', prefix.Length);
        if (slash < 0 || !int.TryParse(topic.AsSpan(prefix.Length, slash - prefix.Length), out status) || TopicQuery.Get(topic, "$rid") is not { } rid)
        {
            return false;
        }

        requestId = rid;
        return true;
    }

    private static string TelemetryPrefix(string deviceId) => $"devices/{deviceId}/messages/events/";

    private static bool ContainsWildcardBefore(string filter)
    {
        var hash = filter.IndexOf('#', StringComparison.Ordinal);
        var plus = filter.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 || (hash >= 0 && hash != filter.Length - 1);
    }
}
