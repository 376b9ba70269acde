using System.Text;
using System.Text.Json;
using Azure.Messaging.EventHubs;

namespace Waste.Ingest.EventHubs.Tests;

/// <summary>
/// Sample events in <c>RecordedEvents/</c>, written in the form IoT Hub's built-in endpoint delivers them (system
/// properties, application properties, body, sequence number, offset, enqueued time) and turned into the SDK's
/// <see cref="EventData"/> by <see cref="EventHubsModelFactory"/>, as the processor would hand them over.
/// </summary>
internal static class RecordedEvent
{
    public static EventData Load(string name)
    {
        using var file = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "RecordedEvents", $"{name}.json")));
        var root = file.RootElement;
        var body = root.TryGetProperty("body", out var json)
            ? Encoding.UTF8.GetBytes(json.GetRawText())
            : Encoding.UTF8.GetBytes(root.GetProperty("bodyText").GetString()!);
        return EventHubsModelFactory.EventData(
            new BinaryData(body),
            Strings(root.GetProperty("properties")),
            Strings(root.GetProperty("systemProperties")),
            null,
            root.GetProperty("sequenceNumber").GetInt64(),
            root.GetProperty("offset").GetString()!,
            root.GetProperty("enqueuedTime").GetDateTimeOffset());
    }

    /// <summary>An event like <paramref name="name"/>'s with another sequence number, as the next one in its partition.</summary>
    public static EventData Load(string name, long sequenceNumber)
    {
        var recorded = Load(name);
        return EventHubsModelFactory.EventData(recorded.EventBody, recorded.Properties, recorded.SystemProperties, null,
            sequenceNumber, sequenceNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), recorded.EnqueuedTime);
    }

    private static Dictionary<string, object> Strings(JsonElement properties) =>
        properties.EnumerateObject().ToDictionary(p => p.Name, p => (object)(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()));
}
