using System.Text.Json.Nodes;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Web.Interop;

/// <summary>The bins as a GeoJSON FeatureCollection (RFC 7946), for any map or GIS tool.</summary>
public static class GeoJsonEndpoints
{
    /// <summary>Maps <c>/geojson/bins</c>.</summary>
    public static IEndpointRouteBuilder MapGeoJsonEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/geojson/bins", BinsAsync).WithTags("Interoperability").WithName("BinsGeoJson")
            .WithSummary("Bins with a position as GeoJSON points: stream, capacity, fill, when the collection threshold is expected")
            .RequireAuthorization(AccessPolicies.SeeFleet);
        return app;
    }

    private static async Task<IResult> BinsAsync(IDeviceRegistry registry, IGrainFactory grains)
    {
        var features = new JsonArray();
        foreach (var bin in await BinState.LoadAsync(registry, grains))
        {
            if (bin.Device is not { Latitude: { } latitude, Longitude: { } longitude } device)
            {
                continue;
            }

            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = device.Id,
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(longitude, latitude) },
                ["properties"] = new JsonObject
                {
                    ["ward"] = device.Ward,
                    ["district"] = device.District,
                    ["stream"] = device.Stream?.ToString(),
                    ["capacityLitres"] = device.CapacityLitres,
                    ["state"] = device.State.ToString(),
                    ["fillPercent"] = bin.Snapshot.LevelPercent is { } level ? Math.Round(level, 1) : null,
                    ["levelAt"] = bin.Snapshot.LevelAt,
                    ["thresholdExpected"] = bin.Forecast?.Threshold.Expected,
                    ["status"] = WasteContainerEntity.Status(bin),
                },
            });
        }

        return Results.Text(new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString(), "application/geo+json");
    }
}
