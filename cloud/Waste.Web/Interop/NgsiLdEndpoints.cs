using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Web.Access;
using Waste.Web.Public;
using Waste.Web.Reports;

namespace Waste.Web.Interop;

/// <summary>
/// NGSI-LD's entity query for other smart-city platforms: <c>GET /ngsi-ld/v1/entities?type=WasteContainer</c> (bins),
/// <c>type=WasteObserved</c> (their recent emptyings), <c>type=PublicToilet</c> (toilets' public state) or
/// <c>type=KeyPerformanceIndicator</c> (sorting rates this month by ward, district and province), with <c>limit</c>, <c>offset</c>, <c>count</c> and
/// <c>options=keyValues</c>. Asked for <c>application/ld+json</c> each entity carries its <c>@context</c>; otherwise the
/// context comes in a Link header, as the specification says.
/// </summary>
public static class NgsiLdEndpoints
{
    /// <summary>The most entities one page returns.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Maps <c>/ngsi-ld/v1/entities</c>.</summary>
    public static IEndpointRouteBuilder MapNgsiLdEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ngsi-ld/v1/entities", QueryAsync).WithTags("Interoperability").WithName("NgsiLdEntities")
            .WithSummary("NGSI-LD entities: bins as WasteContainer, their emptyings as WasteObserved, toilets as PublicToilet, sorting rates as KeyPerformanceIndicator")
            .RequireAuthorization(AccessPolicies.SeeFleet);
        return app;
    }

    private static async Task<IResult> QueryAsync(
        HttpContext context, IDeviceRegistry registry, IGrainFactory grains, IOptions<WasteDensities> densities, PublicCity city, SortingRates rates,
        string? type = null, int limit = 20, int offset = 0, string? options = null, bool count = false)
    {
        if (limit is < 1 or > MaxLimit || offset < 0)
        {
            return Problem("BadRequestData", $"limit must be 1 to {MaxLimit} and offset 0 or more");
        }

        var shortType = type?[(type.LastIndexOfAny(['/', '#', ':']) + 1)..];
        IEnumerable<JsonObject> entities;
        switch (shortType)
        {
            case WasteContainerEntity.Type or WasteObservedEntity.Type:
                var bins = await BinState.LoadAsync(registry, grains);
                entities = shortType == WasteContainerEntity.Type
                    ? bins.Select(WasteContainerEntity.Of)
                    : bins.SelectMany(bin => bin.Snapshot.RecentCollections.Select(c => WasteObservedEntity.Of(bin, c, densities.Value)));
                break;
            case PublicToiletEntity.Type:
                var view = await city.CurrentAsync();
                entities = view.Toilets.Select(t => PublicToiletEntity.Of(t, view.At));
                break;
            case SortingRateEntity.Type:
                var table = await rates.CurrentAsync();
                entities = SortingRateEntity.Of([.. table.Wards, .. table.Districts, table.Province], ReportPeriod.Parse(table.ThisMonth)!);
                break;
            default:
                return Problem("BadRequestData",
                    $"type must be {WasteContainerEntity.Type}, {WasteObservedEntity.Type}, {PublicToiletEntity.Type} or {SortingRateEntity.Type}");
        }

        var all = entities.ToList();
        var ldContext = shortType is WasteContainerEntity.Type or WasteObservedEntity.Type ? NgsiLd.WasteContext : NgsiLd.SmartDataModelsContext;
        var keyValues = options?.Split(',').Contains("keyValues", StringComparer.Ordinal) == true;
        var jsonLd = context.Request.Headers.Accept.ToString().Contains(NgsiLd.JsonLd, StringComparison.Ordinal);

        var page = new JsonArray();
        foreach (var entity in all.Skip(offset).Take(limit))
        {
            var shaped = keyValues ? NgsiLd.KeyValues(entity) : entity;
            if (jsonLd)
            {
                shaped["@context"] = new JsonArray(ldContext, NgsiLd.CoreContext);
            }

            page.Add(shaped);
        }

        if (count)
        {
            context.Response.Headers["NGSILD-Results-Count"] = all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (!jsonLd)
        {
            context.Response.Headers.Link = $"<{ldContext}>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"";
        }

        return Results.Text(page.ToJsonString(), jsonLd ? NgsiLd.JsonLd : "application/json");
    }

    private static IResult Problem(string type, string detail) =>
        Results.Json(NgsiLd.Error(type, "Bad request", detail), statusCode: StatusCodes.Status400BadRequest, contentType: "application/json");
}
