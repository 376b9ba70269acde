namespace Waste.Hub.External;

/// <summary>How the silos reach an external Mosquitto (configuration section <c>Hub:External</c>).</summary>
public sealed class ExternalBrokerOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Hub:External";

    /// <summary>The broker's host name or address.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The broker's MQTT port.</summary>
    public int Port { get; set; } = 1883;

    /// <summary>The cloud's own dynamic-security client: created with <c>mosquitto_ctrl dynsec init</c>, so it may
    /// administer the broker's clients and roles. A secret: never logged.</summary>
    public string UserName { get; set; } = "";

    /// <summary>That client's password. A secret: never logged.</summary>
    public string Password { get; set; } = "";

    /// <summary>This silo's bridge name, fixed across restarts so a restarted silo takes back the messages its broker
    /// session kept for it. Letters, digits, '-', '.', '_'. Defaults to the machine name.</summary>
    public string BridgeId { get; set; } = Environment.MachineName;

    /// <summary>The shared-subscription group all silos of one deployment join.</summary>
    public string Group { get; set; } = "waste-hub";

    /// <summary>How long the broker keeps a bridge's session, and the messages queued in it, while no one holds it.</summary>
    public TimeSpan SessionExpiry { get; set; } = TimeSpan.FromDays(7);

    /// <summary>MQTT keep-alive of the bridge's connections: the broker notices a silo that vanished without closing
    /// its sockets after one and a half times this.</summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages the broker may have in flight to one bridge connection, unacknowledged, at once.</summary>
    public ushort ReceiveMaximum { get; set; } = 256;

    /// <summary>Dynamic-security commands sent in one control message while synchronising many devices. Mosquitto
    /// handles a control message in one go and saves its whole configuration after each command, so small batches
    /// keep the broker answering other clients meanwhile.</summary>
    public int CommandsPerBatch { get; set; } = 50;
}
