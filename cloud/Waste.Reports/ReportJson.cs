using System.Text.Json;
using System.Text.Json.Serialization;
using Waste.Storage.Cosmos;

namespace Waste.Reports;

/// <summary>How report documents are written: the grain types' <c>[Id]</c> members in camelCase, as Cosmos DB grain
/// storage writes them (<see cref="GrainStateJson"/>), and enums by name, so a document read years later does not
/// depend on the order of an enum's members.</summary>
public static class ReportJson
{
    /// <summary>Shared, read-only options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(GrainStateJson.Options);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
