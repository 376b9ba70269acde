using System.Text;

namespace Waste.Hub.External;

/// <summary>
/// How the silos' bridges tell each other who holds a broker session: each publishes a retained <c>online</c> on
/// <c>{group}/bridges/{bridge-id}</c> once connected, and leaves <c>offline</c> there as its will (and when it stops),
/// so the others learn at once, and a bridge that starts learns from the retained messages, whose sessions nobody holds.
/// </summary>
public static class BridgeStatus
{
    /// <summary>The payload of a bridge that holds its session.</summary>
    public const string Online = "online";

    /// <summary>The payload of a bridge whose session nobody of its own holds.</summary>
    public const string Offline = "offline";

    /// <summary>Where every bridge status of <paramref name="group"/> lives.</summary>
    public static string TopicPrefix(string group) => group + "/bridges/";

    /// <summary>The status topic of one bridge.</summary>
    public static string TopicOf(string group, string bridgeId) => TopicPrefix(group) + bridgeId;

    /// <summary>The MQTT client id of a bridge's session: the group, '/', the bridge id. No device can take it:
    /// device ids hold no '/', and the broker pins each device's credentials to its own id.</summary>
    public static string ClientIdOf(string group, string bridgeId) => group + "/" + bridgeId;

    /// <summary>Reads a status message: the bridge and whether it is online, or null when the message is no status
    /// (or an empty one, which clears a status).</summary>
    public static (string BridgeId, bool Online)? Parse(string group, string topic, ReadOnlySpan<byte> payload)
    {
        var prefix = TopicPrefix(group);
        if (!topic.StartsWith(prefix, StringComparison.Ordinal) || !ExternalBrokerBridgeId.IsValid(topic[prefix.Length..]))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(payload);
        return text switch
        {
            Online => (topic[prefix.Length..], true),
            Offline => (topic[prefix.Length..], false),
            _ => null,
        };
    }
}
