namespace Waste.Firmware.Esp32.Network;

/// <summary>A message from the hub waiting for the node.</summary>
public sealed class ReceivedMessage
{
    /// <summary>Creates the message.</summary>
    public ReceivedMessage(string topic, byte[] payload)
    {
        Topic = topic;
        Payload = payload;
    }

    /// <summary>Its topic.</summary>
    public string Topic { get; }

    /// <summary>Its payload.</summary>
    public byte[] Payload { get; }
}
