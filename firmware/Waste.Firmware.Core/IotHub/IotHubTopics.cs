namespace Waste.Firmware.Core.IotHub;

/// <summary>The MQTT names of the Azure IoT Hub device protocol (see DESIGN.md, "Device protocol").</summary>
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
}
