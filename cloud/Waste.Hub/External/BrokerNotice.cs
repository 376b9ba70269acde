namespace Waste.Hub.External;

/// <summary>What Mosquitto's log said about a client.</summary>
public enum BrokerNoticeKind
{
    /// <summary>It connected (or took over its earlier connection).</summary>
    Connected,

    /// <summary>It subscribed to <see cref="BrokerNotice.TopicFilter"/>.</summary>
    Subscribed,

    /// <summary>Its connection ended, whatever the reason.</summary>
    Disconnected,
}

/// <summary>One event in the life of a broker client, read from a log line.</summary>
public sealed record BrokerNotice(BrokerNoticeKind Kind, string ClientId, string? TopicFilter = null);
