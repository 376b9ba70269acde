using Waste.Registry;

namespace Waste.Hub.External;

/// <summary>
/// The shared-broker dialect of the device protocol (docs/device-protocol.md, "Shared-broker dialect"): on a broker
/// that many devices share, every <c>$iothub/...</c> topic is prefixed with <c>devices/{id}/</c> so a per-device ACL
/// can scope it; telemetry and cloud-to-device topics are per device already and stay as they are. Here the dialect's
/// topics are turned into IoT Hub's and back, so the rest of the hub speaks IoT Hub only.
/// </summary>
public static class SharedBrokerTopics
{
    private const string DevicesPrefix = "devices/";
    private const string IotHubPrefix = "$iothub/";

    /// <summary>What the silos consume, each message once across them all (MQTT 5 shared subscriptions).</summary>
    public static IReadOnlyList<string> SharedByBridges { get; } =
    [
        "devices/+/messages/events/#",
        "devices/+/$iothub/twin/GET/#",
        "devices/+/$iothub/twin/PATCH/properties/reported/#",
    ];

    /// <summary>Direct-method answers: every silo sees each, and only the one whose call waits takes it.</summary>
    public const string MethodAnswers = "devices/+/$iothub/methods/res/#";

    /// <summary>The device a topic under <c>devices/{id}/</c> belongs to, or null for any other topic. The broker's
    /// ACL guarantees that only that device can have published on it.</summary>
    public static string? DeviceOf(string topic)
    {
        if (!topic.StartsWith(DevicesPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = topic.IndexOf('/', DevicesPrefix.Length);
        var id = end < 0 ? null : topic[DevicesPrefix.Length..end];
        return DeviceId.IsValid(id) ? id : null;
    }

    /// <summary>The IoT Hub topic a device's dialect topic stands for: <c>devices/{id}/$iothub/x</c> becomes
    /// <c>$iothub/x</c>; telemetry topics are returned as they are.</summary>
    public static string ToIotHub(string deviceId, string topic)
    {
        var scoped = DevicesPrefix + deviceId + "/" + IotHubPrefix;
        return topic.StartsWith(scoped, StringComparison.Ordinal) ? topic[(DevicesPrefix.Length + deviceId.Length + 1)..] : topic;
    }

    /// <summary>The dialect topic for an IoT Hub topic sent to <paramref name="deviceId"/>: <c>$iothub/x</c> becomes
    /// <c>devices/{id}/$iothub/x</c>; cloud-to-device topics are returned as they are.</summary>
    public static string ForDevice(string deviceId, string iotHubTopic) =>
        iotHubTopic.StartsWith(IotHubPrefix, StringComparison.Ordinal) ? $"{DevicesPrefix}{deviceId}/{iotHubTopic}" : iotHubTopic;

    /// <summary>What <paramref name="deviceId"/> may do on the shared broker, as dynamic-security ACL entries: publish
    /// its telemetry, twin requests and method answers; subscribe to its messages, twin answers, desired patches and
    /// method calls. Everything else is denied by the broker's defaults.</summary>
    public static IReadOnlyList<(string AclType, string Topic)> AclOf(string deviceId)
    {
        var own = DevicesPrefix + deviceId + "/";
        return
        [
            ("publishClientSend", own + "messages/events/#"),
            ("publishClientSend", own + "$iothub/twin/GET/#"),
            ("publishClientSend", own + "$iothub/twin/PATCH/properties/reported/#"),
            ("publishClientSend", own + "$iothub/methods/res/#"),
            ("subscribePattern", own + "messages/devicebound/#"),
            ("subscribePattern", own + "$iothub/twin/res/#"),
            ("subscribePattern", own + "$iothub/twin/PATCH/properties/desired/#"),
            ("subscribePattern", own + "$iothub/methods/POST/#"),
        ];
    }
}
