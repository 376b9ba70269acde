using System.Buffers;
using Azure.Messaging.EventHubs;

namespace Waste.Ingest.EventHubs;

/// <summary>
/// Reads an event from IoT Hub's built-in Event Hubs-compatible endpoint as a device's telemetry message. The hub
/// stamps the device it authenticated in the system property <see cref="DeviceIdProperty"/>; the body is the payload
/// the device published, unchanged. Never throws on what the hub delivers.
/// </summary>
public static class IotHubEventMapping
{
    /// <summary>The system property naming the device the hub authenticated.</summary>
    public const string DeviceIdProperty = "iothub-connection-device-id";

    /// <summary>The system property naming the IoT Edge module that sent the message, if a module did.</summary>
    public const string ModuleIdProperty = "iothub-connection-module-id";

    /// <summary>The system property naming what produced the event: <see cref="TelemetrySource"/> for device messages.</summary>
    public const string MessageSourceProperty = "iothub-message-source";

    /// <summary>The message source of device-to-cloud telemetry.</summary>
    public const string TelemetrySource = "Telemetry";

    /// <summary>The telemetry in <paramref name="data"/>, or why it is none.</summary>
    public static IotHubTelemetry? Map(EventData data, out IotHubEventRejection? rejection)
    {
        var system = data.SystemProperties;
        rejection = null;
        if (system.TryGetValue(MessageSourceProperty, out var source) && !TelemetrySource.Equals(source as string, StringComparison.OrdinalIgnoreCase))
        {
            rejection = IotHubEventRejection.NotTelemetry;
        }
        else if (!system.TryGetValue(DeviceIdProperty, out var device) || device is not string deviceId || string.IsNullOrWhiteSpace(deviceId))
        {
            rejection = IotHubEventRejection.NoDeviceId;
        }
        else if (system.TryGetValue(ModuleIdProperty, out var module) && module is string moduleId && moduleId.Length > 0)
        {
            rejection = IotHubEventRejection.FromModule;
        }
        else if (data.EventBody is null || data.EventBody.IsEmpty)
        {
            rejection = IotHubEventRejection.EmptyBody;
        }
        else
        {
            return new IotHubTelemetry(deviceId, data.EnqueuedTime, new ReadOnlySequence<byte>(data.EventBody.ToMemory()));
        }

        return null;
    }
}
