namespace Waste.Hub;

/// <summary>Where the embedded hub listens and the host name devices put in their tokens.</summary>
public sealed class HubOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Hub";

    /// <summary>The hub's host name as devices write it in user names and token resources.</summary>
    public string HostName { get; set; } = "waste-hub.local";

    /// <summary>Address the MQTT listener binds to.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>MQTT listener port (1883 is MQTT's default, so the demo stays clear of a local Mosquitto).</summary>
    public int MqttPort { get; set; } = 18830;

    /// <summary>The longest a device's SAS token may still run when it connects: a token that expires later is refused
    /// (<see cref="ConnectionRefusal.TokenTooLong"/>), so a leaked token cannot serve for years. Our firmware signs
    /// one-hour tokens and renews them.</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromDays(1);
}
