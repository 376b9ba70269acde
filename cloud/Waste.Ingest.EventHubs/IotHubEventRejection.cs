namespace Waste.Ingest.EventHubs;

/// <summary>Why an event from the hub's endpoint is not a device's telemetry; such events are counted and skipped.</summary>
public enum IotHubEventRejection
{
    /// <summary>No <c>iothub-connection-device-id</c> system property: not sent by a device through the hub.</summary>
    NoDeviceId,

    /// <summary>Sent by an IoT Edge module, not by a device (<c>iothub-connection-module-id</c>).</summary>
    FromModule,

    /// <summary>A hub event routed to the endpoint (twin change, lifecycle, connection state), not telemetry
    /// (<c>iothub-message-source</c> other than <c>Telemetry</c>).</summary>
    NotTelemetry,

    /// <summary>No body.</summary>
    EmptyBody,
}
