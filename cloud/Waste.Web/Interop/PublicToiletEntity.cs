using System.Text.Json.Nodes;
using Waste.Web.Public;

namespace Waste.Web.Interop;

/// <summary>
/// A public toilet's public state as an NGSI-LD entity. FIWARE's Smart Data Models have no toilet model, so the type is
/// schema.org's <c>PublicToilet</c>, with the Smart Data Models' common attributes (<c>location</c>, <c>address</c>,
/// <c>status</c>, <c>dateLastCleaned</c>-style dates as DateTime properties) and the same facts the public page shows:
/// open, closed or out of order; occupied; odour in words; step-free access. The entity id is the device's public
/// code, so an operations centre can link it to the label on the door without learning the device id.
/// </summary>
public static class PublicToiletEntity
{
    /// <summary>The entity type.</summary>
    public const string Type = "PublicToilet";

    /// <summary>The entity of <paramref name="toilet"/> as of <paramref name="at"/>.</summary>
    public static JsonObject Of(PublicToilet toilet, DateTimeOffset at)
    {
        var entity = new JsonObject
        {
            ["id"] = NgsiLd.Urn(Type, toilet.Code),
            ["type"] = Type,
            ["status"] = NgsiLd.Property(Status(toilet.Status), at),
            ["odourLevel"] = NgsiLd.Property(toilet.Odour.ToString().ToLowerInvariant(), at),
            ["location"] = NgsiLd.Point(toilet.Latitude, toilet.Longitude),
        };
        if (toilet.Occupied is { } occupied)
        {
            entity["occupancy"] = NgsiLd.Property(occupied ? "occupied" : "free", at);
        }

        if (toilet.LastCleanedAt is { } cleaned)
        {
            entity["dateLastCleaned"] = NgsiLd.DateTime(cleaned);
        }

        if (toilet.Accessible is { } accessible)
        {
            entity["wheelchairAccessible"] = NgsiLd.Property(accessible);
        }

        if (toilet.Ward is { } ward)
        {
            entity["wardId"] = NgsiLd.Property(ward);
        }

        if (toilet.District is { } district)
        {
            entity["address"] = NgsiLd.Property(new JsonObject { ["addressLocality"] = district, ["addressCountry"] = "VN" });
        }

        return entity;
    }

    private static string Status(ToiletStatus status) => status switch
    {
        ToiletStatus.Open => "open",
        ToiletStatus.Closed => "closed",
        ToiletStatus.OutOfOrder => "outOfService",
        _ => "unknown",
    };
}
