namespace Waste.Firmware.Core.IotHub;

/// <summary>The MQTT names of the Azure IoT Hub device protocol (see docs/design.md, "Device protocol").</summary>
public static class IotHubTopics
{
    /// <summary>The API version devices announce in their user name.</summary>
    public const string ApiVersion = "2021-04-12";

    /// <summary>The MQTT user name: <c>{hub-host}/{device-id}/?api-version=...</c>.</summary>
    public static string UserName(string hubHost, string deviceId) =>
        hubHost + "/" + deviceId + "/?api-version=" + ApiVersion;

    /// <summary>Where a device publishes telemetry: <c>devices/{id}/messages/events/</c>, followed by an optional
    /// property bag.</summary>
    public static string Telemetry(string deviceId, string propertyBag) =>
        "devices/" + deviceId + "/messages/events/" + propertyBag;

    /// <summary>The property bag that tells the hub a message is UTF-8 JSON.</summary>
    public const string JsonPropertyBag = "$.ct=application%2Fjson&$.ce=utf-8";

    /// <summary>Where twin answers arrive: <c>$iothub/twin/res/{status}/?$rid={rid}</c>.</summary>
    public const string TwinResponses = "$iothub/twin/res/";

    /// <summary>Where desired property changes arrive: <c>$iothub/twin/PATCH/properties/desired/?$version={n}</c>.</summary>
    public const string DesiredPatches = "$iothub/twin/PATCH/properties/desired/";

    /// <summary>Where direct method calls arrive: <c>$iothub/methods/POST/{method}/?$rid={rid}</c>.</summary>
    public const string MethodCalls = "$iothub/methods/POST/";

    /// <summary>The four subscriptions a device makes, in this order.</summary>
    public static string[] Subscriptions(string deviceId) =>
        new[] { CloudToDevicePrefix(deviceId) + "#", TwinResponses + "#", DesiredPatches + "#", MethodCalls + "#" };

    /// <summary>Where cloud-to-device messages for <paramref name="deviceId"/> arrive, before their property bag.</summary>
    public static string CloudToDevicePrefix(string deviceId) => "devices/" + deviceId + "/messages/devicebound/";

    /// <summary>Asks for the whole twin; the answer comes on <see cref="TwinResponses"/> with the same request id.</summary>
    public static string TwinGet(string requestId) => "$iothub/twin/GET/?$rid=" + requestId;

    /// <summary>Updates reported properties.</summary>
    public static string ReportedPatch(string requestId) => "$iothub/twin/PATCH/properties/reported/?$rid=" + requestId;

    /// <summary>Answers a direct method call.</summary>
    public static string MethodResponse(int status, string requestId) =>
        "$iothub/methods/res/" + status.ToString() + "/?$rid=" + requestId;
}
