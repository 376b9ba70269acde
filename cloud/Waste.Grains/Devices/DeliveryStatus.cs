namespace Waste.Grains.Devices;

/// <summary>What happened to a cloud-to-device message when it was sent.</summary>
public enum DeliveryStatus
{
    /// <summary>Handed to the device's connection.</summary>
    Delivered,

    /// <summary>The device is offline: queued until it connects or the message expires.</summary>
    Queued,

    /// <summary>The device's queue is full (as in IoT Hub, 50 messages): refused.</summary>
    QueueFull,
}
