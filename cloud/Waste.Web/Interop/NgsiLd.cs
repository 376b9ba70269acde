using System.Text.Json.Nodes;

namespace Waste.Web.Interop;

/// <summary>The pieces of NGSI-LD (ETSI GS CIM 009) the exports use: attribute forms, the context, errors.</summary>
public static class NgsiLd
{
    /// <summary>The core context.</summary>
    public const string CoreContext = "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld";

    /// <summary>The Smart Data Models context of the waste management entities.</summary>
    public const string WasteContext = "https://raw.githubusercontent.com/smart-data-models/dataModel.WasteManagement/master/context.jsonld";

    /// <summary>Every Smart Data Model's terms in one context (for the types outside waste management).</summary>
    public const string SmartDataModelsContext = "https://smartdatamodels.org/context.jsonld";

    /// <summary>The JSON-LD media type.</summary>
    public const string JsonLd = "application/ld+json";

    /// <summary>An entity's URN: <c>urn:ngsi-ld:{type}:{id}</c>.</summary>
    public static string Urn(string type, string id) => $"urn:ngsi-ld:{type}:{id}";

    /// <summary>A Property.</summary>
    public static JsonObject Property(JsonNode? value, DateTimeOffset? observedAt = null, string? unitCode = null)
    {
        var property = new JsonObject { ["type"] = "Property", ["value"] = value };
        if (observedAt is { } at)
        {
            property["observedAt"] = Instant(at);
        }

        if (unitCode is not null)
        {
            property["unitCode"] = unitCode;
        }

        return property;
    }

    /// <summary>A DateTime Property (NGSI-LD's typed literal).</summary>
    public static JsonObject DateTime(DateTimeOffset at) =>
        Property(new JsonObject { ["@type"] = "DateTime", ["@value"] = Instant(at) });

    /// <summary>A Relationship to another entity.</summary>
    public static JsonObject Relationship(string urn) => new() { ["type"] = "Relationship", ["object"] = urn };

    /// <summary>A GeoProperty holding a GeoJSON point.</summary>
    public static JsonObject Point(double latitude, double longitude) => new()
    {
        ["type"] = "GeoProperty",
        ["value"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(longitude, latitude) },
    };

    /// <summary>The simplified (keyValues) form of a normalised entity: each attribute becomes its value.</summary>
    public static JsonObject KeyValues(JsonObject entity)
    {
        var simple = new JsonObject();
        foreach (var (name, node) in entity)
        {
            simple[name] = node is JsonObject { } attribute && attribute["type"]?.GetValue<string>() is "Property" or "GeoProperty" or "Relationship"
                ? Simplify(attribute)
                : node?.DeepClone();
        }

        return simple;
    }

    /// <summary>An NGSI-LD error body.</summary>
    public static JsonObject Error(string type, string title, string detail) => new()
    {
        ["type"] = $"https://uri.etsi.org/ngsi-ld/errors/{type}",
        ["title"] = title,
        ["detail"] = detail,
    };

    private static JsonNode? Simplify(JsonObject attribute) => attribute["type"]!.GetValue<string>() switch
    {
        "Relationship" => attribute["object"]?.DeepClone(),
        _ when attribute["value"] is JsonObject typed && typed["@value"] is { } literal => literal.DeepClone(),
        _ => attribute["value"]?.DeepClone(),
    };

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
