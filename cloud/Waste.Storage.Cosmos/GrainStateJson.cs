using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Waste.Storage.Cosmos;

/// <summary>
/// The System.Text.Json settings grain state is stored with. Orleans state classes are written for Orleans' own
/// serializer: <c>[GenerateSerializer]</c> with <c>[Id]</c> members that often have private setters or are fields,
/// which System.Text.Json would skip or could not set. <see cref="OrleansMemberContract"/> makes JSON keep exactly the
/// members Orleans keeps.
/// </summary>
public static class GrainStateJson
{
    /// <summary>Shared, read-only options: camelCase names, NaN and infinities as JSON strings (a sensor value can be
    /// NaN, and refusing it would fail the write), and 64-bit integers beyond 2^53 as strings (Cosmos DB's numbers are
    /// doubles: a sequence bitmap would come back changed).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OrleansMemberContract.Apply } },
        };
        foreach (var converter in ExactIntegerConverters.All)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
