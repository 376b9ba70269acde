using System.Text.Json.Nodes;
using Waste.Grains.Alerts;
using Waste.Registry;

namespace Waste.Web.Interop;

/// <summary>A bin as a FIWARE Smart Data Models <c>WasteContainer</c> entity, normalised NGSI-LD.</summary>
public static class WasteContainerEntity
{
    /// <summary>The entity type.</summary>
    public const string Type = "WasteContainer";

    /// <summary>The entity of <paramref name="bin"/>.</summary>
    public static JsonObject Of(BinState bin)
    {
        var (device, snapshot, forecast) = bin;
        var entity = new JsonObject
        {
            ["id"] = NgsiLd.Urn(Type, device.Id),
            ["type"] = Type,
            ["status"] = NgsiLd.Property(Status(bin)),
            ["refDevice"] = NgsiLd.Relationship(NgsiLd.Urn("Device", device.Id)),
        };
        if (snapshot.LevelPercent is { } level)
        {
            entity["fillingLevel"] = NgsiLd.Property(Math.Clamp(level / 100, 0, 1), snapshot.LevelAt);
        }

        if (device.Stream is { } stream)
        {
            entity["storedWasteKind"] = NgsiLd.Property(StoredWasteKind(stream));
        }

        if (device.CapacityLitres is { } capacity)
        {
            entity["binCapacity"] = NgsiLd.Property(capacity, unitCode: "LTR");
        }

        if (snapshot.RecentCollections.Count > 0)
        {
            entity["dateLastEmptying"] = NgsiLd.DateTime(snapshot.RecentCollections[^1].Time);
        }

        if (forecast?.Threshold.Expected is { } deadline)
        {
            entity["nextActuationDeadline"] = NgsiLd.DateTime(deadline);
        }

        if (snapshot.Latest?.TemperatureCelsius is { } temperature)
        {
            entity["temperature"] = NgsiLd.Property(temperature, snapshot.Latest.Time, "CEL");
        }

        if (device.Latitude is { } latitude && device.Longitude is { } longitude)
        {
            entity["location"] = NgsiLd.Point(latitude, longitude);
        }

        if (device.Ward is { } ward)
        {
            entity["wardId"] = NgsiLd.Property(ward);
        }

        if (device.District is { } district)
        {
            entity["address"] = NgsiLd.Property(new JsonObject { ["addressLocality"] = district, ["addressCountry"] = "VN" });
        }

        return entity;
    }

    /// <summary>The Smart Data Models status: the container's safety, from its active conditions.</summary>
    public static string Status(BinState bin) =>
        bin.Snapshot.Conditions.Contains(AlertKind.BinFire) ? "burning"
        : bin.Snapshot.Conditions.Contains(AlertKind.BinTilt) ? "dropped"
        : bin.Snapshot.Conditions.Contains(AlertKind.BinLidOpen) ? "lidOpen"
        : bin.Snapshot.Latest is null || bin.Snapshot.Conditions.Contains(AlertKind.Offline) ? "unknown"
        : "ok";

    /// <summary>The model's waste kind of a Vietnamese sorting stream. The recyclable stream (paper, plastic, metal,
    /// glass together) is the model's "inorganic"; residual household waste is "other".</summary>
    public static string StoredWasteKind(WasteStream stream) => stream switch
    {
        WasteStream.Organic => "organic",
        WasteStream.Recyclable => "inorganic",
        WasteStream.Hazardous => "hazardous",
        _ => "other",
    };
}
