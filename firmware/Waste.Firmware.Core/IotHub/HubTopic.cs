namespace Waste.Firmware.Core.IotHub;

/// <summary>What the topic of a message from the hub says: its kind, and the status, request id, method name or
/// version it carries. A topic that does not parse is <see cref="HubMessageKind.Unknown"/>, never an exception.</summary>
public sealed class HubTopic
{
    private HubTopic(HubMessageKind kind, int status, string requestId, string methodName, long version)
    {
        Kind = kind;
        Status = status;
        RequestId = requestId;
        MethodName = methodName;
        Version = version;
    }

    /// <summary>What the message is.</summary>
    public HubMessageKind Kind { get; }

    /// <summary>A twin answer's status (200, 204, 4xx ...); 0 otherwise.</summary>
    public int Status { get; }

    /// <summary>The <c>$rid</c> of a twin answer or method call; empty otherwise.</summary>
    public string RequestId { get; }

    /// <summary>A method call's name; empty otherwise.</summary>
    public string MethodName { get; }

    /// <summary>A desired patch's <c>$version</c>; -1 otherwise.</summary>
    public long Version { get; }

    /// <summary>Reads <paramref name="topic"/> as received by <paramref name="deviceId"/>.</summary>
    public static HubTopic Parse(string deviceId, string topic)
    {
        if (topic.IndexOf(IotHubTopics.TwinResponses) == 0)
        {
            var rest = topic.Substring(IotHubTopics.TwinResponses.Length);
            var slash = rest.IndexOf('/');
            var status = slash > 0 ? ParseWhole(rest.Substring(0, slash)) : -1;
            var rid = QueryValue(rest, "$rid");
            return status < 0 ? Unknown() : new HubTopic(HubMessageKind.TwinResponse, (int)status, rid, "", -1);
        }

        if (topic.IndexOf(IotHubTopics.DesiredPatches) == 0)
        {
            var version = ParseWhole(QueryValue(topic, "$version"));
            return new HubTopic(HubMessageKind.DesiredPatch, 0, "", "", version);
        }

        if (topic.IndexOf(IotHubTopics.MethodCalls) == 0)
        {
            var rest = topic.Substring(IotHubTopics.MethodCalls.Length);
            var slash = rest.IndexOf('/');
            var rid = QueryValue(rest, "$rid");
            return slash <= 0 || rid.Length == 0
                ? Unknown()
                : new HubTopic(HubMessageKind.MethodCall, 0, rid, rest.Substring(0, slash), -1);
        }

        return topic.IndexOf(IotHubTopics.CloudToDevicePrefix(deviceId)) == 0
            ? new HubTopic(HubMessageKind.CloudToDevice, 0, "", "", -1)
            : Unknown();
    }

    private static HubTopic Unknown() => new(HubMessageKind.Unknown, 0, "", "", -1);

    // The value of `name=` in the query after '?', up to the next '&'; empty when absent.
    private static string QueryValue(string text, string name)
    {
        var query = text.IndexOf('?');
        if (query < 0)
        {
            return "";
        }

        var parts = text.Substring(query + 1).Split('&');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].IndexOf(name + "=") == 0)
            {
                return parts[i].Substring(name.Length + 1);
            }
        }

        return "";
    }

    // A non-negative whole number of at most 15 digits, or -1.
    private static long ParseWhole(string text)
    {
        if (text.Length == 0 || text.Length > 15)
        {
            return -1;
        }

        long value = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return -1;
            }

            value = value * 10 + (c - '0');
        }

        return value;
    }
}
