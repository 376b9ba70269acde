namespace Waste.Hub.External;

/// <summary>
/// Reads the log lines Mosquitto 2.0 publishes on <c>$SYS/broker/log/...</c> (with <c>log_dest topic</c>): plain
/// Mosquitto says no other way which client connected, subscribed or left. The wording is Mosquitto 2.0's; a line this
/// does not recognise is ignored, never an error.
/// </summary>
public static class BrokerLogLine
{
    /// <summary>Notices: connections and disconnections.</summary>
    public const string NoticeTopic = "$SYS/broker/log/N";

    /// <summary>Subscriptions.</summary>
    public const string SubscribeTopic = "$SYS/broker/log/M/subscribe";

    private const string ConnectedPrefix = "New client connected from ";
    private const string ClientPrefix = "Client ";
    private const string SocketErrorPrefix = "Socket error on client ";
    private const string BadSocketPrefix = "Bad socket read/write on client ";

    /// <summary>The client event a log line tells, or null.</summary>
    public static BrokerNotice? Parse(string topic, string line)
    {
        var text = WithoutTimestamp(line);
        if (topic == SubscribeTopic)
        {
            // "{client id} {qos} {topic filter}"
            var parts = text.Split(' ', 3);
            return parts.Length == 3 && parts[0].Length > 0 && parts[2].Length > 0
                ? new BrokerNotice(BrokerNoticeKind.Subscribed, parts[0], parts[2])
                : null;
        }

        if (topic != NoticeTopic)
        {
            return null;
        }

        if (text.StartsWith(ConnectedPrefix, StringComparison.Ordinal))
        {
            // "New client connected from {address}:{port} as {client id} (p2, c1, k60, u'{user}')."
            var at = text.IndexOf(" as ", ConnectedPrefix.Length, StringComparison.Ordinal);
            var end = at < 0 ? -1 : text.IndexOf(" (", at + 4, StringComparison.Ordinal);
            return end > at + 4 ? new BrokerNotice(BrokerNoticeKind.Connected, text[(at + 4)..end]) : null;
        }

        if (text.StartsWith(SocketErrorPrefix, StringComparison.Ordinal))
        {
            // "Socket error on client {client id}, disconnecting."
            var comma = text.IndexOf(", disconnecting", SocketErrorPrefix.Length, StringComparison.Ordinal);
            return comma > SocketErrorPrefix.Length ? new BrokerNotice(BrokerNoticeKind.Disconnected, text[SocketErrorPrefix.Length..comma]) : null;
        }

        if (text.StartsWith(BadSocketPrefix, StringComparison.Ordinal))
        {
            // "Bad socket read/write on client {client id}: {error}"
            var colon = text.IndexOf(": ", BadSocketPrefix.Length, StringComparison.Ordinal);
            return colon > BadSocketPrefix.Length ? new BrokerNotice(BrokerNoticeKind.Disconnected, text[BadSocketPrefix.Length..colon]) : null;
        }

        if (text.StartsWith(ClientPrefix, StringComparison.Ordinal))
        {
            // "Client {id} disconnected.", "... closed its connection.", "... has exceeded timeout, disconnecting.",
            // "... been disconnected by administrative action.", "... disconnected due to ...". A takeover ("already
            // connected, closing old connection") is logged as an error, not a notice: the client stays connected.
            var space = text.IndexOf(' ', ClientPrefix.Length);
            if (space <= ClientPrefix.Length)
            {
                return null;
            }

            var rest = text[space..];
            var id = text[ClientPrefix.Length..space];
            return id != "<unknown>" && (rest.Contains("disconnect", StringComparison.Ordinal) || rest.Contains("closed its connection", StringComparison.Ordinal))
                ? new BrokerNotice(BrokerNoticeKind.Disconnected, id)
                : null;
        }

        return null;
    }

    // "1795720369: ..." with Mosquitto's default timestamps; lines without one are read as they are.
    private static string WithoutTimestamp(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && line.AsSpan(0, colon).IndexOfAnyExceptInRange('0', '9') < 0 ? line[(colon + 2)..] : line;
    }
}
