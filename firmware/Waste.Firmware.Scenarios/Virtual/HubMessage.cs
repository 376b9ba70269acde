namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>A message waiting in the scenario hub for its device.</summary>
public sealed class HubMessage
{
    /// <summary>Creates the message.</summary>
    public HubMessage(string topic, byte[] payload)
    {
        Topic = topic;
        Payload = payload;
    }

    /// <summary>Its topic.</summary>
    public string Topic { get; }

    /// <summary>Its payload.</summary>
    public byte[] Payload { get; }
}
