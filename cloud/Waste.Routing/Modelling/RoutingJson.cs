using System.Text.Json;
using System.Text.Json.Serialization;

namespace Waste.Routing.Modelling;

/// <summary>
/// The JSON form of a <see cref="RoutingModel"/> and a <see cref="RoutePlan"/>, for whoever keeps them (the route
/// planner grain persists both so it can re-plan the rest of a day).
/// </summary>
public static class RoutingJson
{
    /// <summary>Options that read back everything they write; System.Text.Json cannot build an
    /// <see cref="IReadOnlySet{T}"/> (a vehicle's and a disposal site's streams) on its own.</summary>
    public static JsonSerializerOptions Options { get; } = new() { Converters = { new StreamSetConverter() } };

    private sealed class StreamSetConverter : JsonConverter<IReadOnlySet<string>>
    {
        public override bool HandleNull => true;

        public override IReadOnlySet<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<HashSet<string>>(ref reader, options)
            ?? throw new JsonException("A set of streams cannot be null.");

        public override void Write(Utf8JsonWriter writer, IReadOnlySet<string> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var stream in value.Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(stream);
            }
            writer.WriteEndArray();
        }
    }
}
