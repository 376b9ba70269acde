namespace Waste.Firmware.Core.IotHub;

/// <summary>Receives the messages an <see cref="IMqttLink"/> delivers.</summary>
public interface IMqttMessageHandler
{
    /// <summary>Handles one message that arrived on <paramref name="topic"/>.</summary>
    void OnMessage(string topic, byte[] payload);
}
