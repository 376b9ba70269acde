namespace Waste.Firmware.Core.IotHub;

/// <summary>
/// An MQTT 3.1.1 client connection, synchronous because nanoFramework has no Task: M2Mqtt on the ESP32, MQTTnet in
/// the simulator, a scripted hub in the tests. Incoming messages are queued by the implementation and handed over on
/// the caller's thread by <see cref="Deliver"/>, so the device logic never runs on two threads at once.
/// </summary>
public interface IMqttLink
{
    /// <summary>True while connected.</summary>
    bool IsConnected { get; }

    /// <summary>Connects with a clean session; false when the broker refused or could not be reached.</summary>
    bool Connect(string clientId, string userName, string password);

    /// <summary>Subscribes to every filter of <paramref name="topicFilters"/> with QoS 1 in one SUBSCRIBE packet, so a
    /// connection costs one round trip for all its subscriptions rather than one each; false when any is refused.</summary>
    bool Subscribe(string[] topicFilters);

    /// <summary>Publishes with QoS 1, never retained; true once the broker acknowledged it.</summary>
    bool Publish(string topic, byte[] payload);

    /// <summary>Hands every message received so far, and those arriving within <paramref name="waitMilliseconds"/>
    /// (it returns as soon as one has been handed over), to <paramref name="handler"/>; returns how many.</summary>
    int Deliver(IMqttMessageHandler handler, int waitMilliseconds);

    /// <summary>Disconnects; nothing happens when not connected.</summary>
    void Disconnect();
}
