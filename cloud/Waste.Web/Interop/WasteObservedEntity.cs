using System.Text.Json.Nodes;
using Waste.Forecasting;
using Waste.Grains.Zones;

namespace Waste.Web.Interop;

/// <summary>A bin's emptying as a FIWARE Smart Data Models <c>WasteObserved</c> entity (one collection of waste),
/// normalised NGSI-LD; the weight is the estimate from volume and the stream's density.</summary>
public static class WasteObservedEntity
{
    /// <summary>The entity type.</summary>
    public const string Type = "WasteObserved";

    /// <summary>The entity of <paramref name="collection"/> from <paramref name="bin"/>.</summary>
    public static JsonObject Of(BinState bin, Collection collection, WasteDensities densities)
    {
        var device = bin.Device;
        var entity = new JsonObject
        {
            ["id"] = NgsiLd.Urn(Type, $"{device.Id}:{collection.Time.ToUnixTimeSeconds()}"),
            ["type"] = Type,
            ["dateObserved"] = NgsiLd.DateTime(collection.Time),
            ["refWasteContainer"] = NgsiLd.Relationship(NgsiLd.Urn(WasteContainerEntity.Type, device.Id)),
        };
        if (device.CapacityLitres is { } capacity && device.Stream is { } stream)
        {
            var litres = capacity * collection.CollectedPercent / 100;
            entity["weight"] = NgsiLd.Property(Math.Round(litres * densities.Of(stream), 2), unitCode: "KGM");
            entity["storedWasteKind"] = NgsiLd.Property(WasteContainerEntity.StoredWasteKind(stream));
        }

        if (device.Latitude is { } latitude && device.Longitude is { } longitude)
        {
            entity["location"] = NgsiLd.Point(latitude, longitude);
        }

        if (device.Ward is { } ward)
        {
            entity["wardId"] = NgsiLd.Property(ward);
        }

        return entity;
    }
}
