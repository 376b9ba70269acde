using System.Buffers;

namespace Waste.Ingest.EventHubs;

/// <summary>A device's telemetry message as the hub delivered it.</summary>
/// <param name="DeviceId">The device the hub authenticated (<c>iothub-connection-device-id</c>).</param>
/// <param name="EnqueuedAt">When the hub took the message: its arrival time, for devices on their uptime clock.</param>
/// <param name="Payload">The message body, as the device sent it.</param>
public sealed record IotHubTelemetry(string DeviceId, DateTimeOffset EnqueuedAt, ReadOnlySequence<byte> Payload);
