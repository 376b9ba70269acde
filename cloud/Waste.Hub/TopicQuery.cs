namespace Waste.Hub;

/// <summary>Reads the query part IoT Hub puts in topic names, such as <c>$iothub/twin/GET/?$rid=7</c>.</summary>
public static class TopicQuery
{
    /// <summary>The value of <paramref name="name"/> in the topic's query, or null.</summary>
    public static string? Get(string topic, string name)
    {
        var question = topic.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return null;
        }

        foreach (var pair in topic[(question + 1)..].Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair.AsSpan(0, equals).SequenceEqual(name))
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }
}
