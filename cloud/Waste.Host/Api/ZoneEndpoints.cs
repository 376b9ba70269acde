using System.Globalization;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Reports;
using Waste.Reports.Wards;
using Waste.Web.Access;

namespace Waste.Host.Api;

/// <summary>HTTP API for wards and their daily aggregates. Days come from the ward's grain (the latest 400, up to the
/// moment) merged with the report store (every day ever recorded); collections and alert history from the report store.</summary>
public static class ZoneEndpoints
{
    /// <summary>The longest period one call returns.</summary>
    public const int MaxDays = 400;

    /// <summary>Maps <c>/api/zones</c>.</summary>
    public static IEndpointRouteBuilder MapZoneEndpoints(this IEndpointRouteBuilder app)
    {
        var zones = app.MapGroup("/api/zones").WithTags("Wards").RequireAuthorization(AccessPolicies.SeeFleet);
        zones.MapGet("/", ListZones).WithName("ListZones").WithSummary("Districts and wards that have devices, with their device counts");
        zones.MapGet("/{district}/{ward}/days", GetDaysAsync).WithName("GetZoneDays")
            .WithSummary("A ward's days: collected volume and estimated mass by stream, overflow bin-hours, toilet availability and faults");
        zones.MapGet("/{district}/{ward}/collections", GetCollectionsAsync).WithName("GetZoneCollections")
            .WithSummary("A ward's collections (bin emptyings) on a local day, from the report store");
        zones.MapGet("/{district}/{ward}/alerts", GetAlertsAsync).WithName("GetZoneAlerts")
            .WithSummary("The alerts raised in a ward in a local month (month=yyyy-MM), each as it last was, from the report store");
        return app;
    }

    private static IResult ListZones(IDeviceRegistry registry) =>
        Results.Ok(registry.All()
            .GroupBy(d => ZoneKey.Of(d))
            .Select(g => ZoneKey.Parse(g.Key) is var (district, ward)
                ? new Zone(district, ward, g.Count(d => d.Kind == Telemetry.DeviceKind.Bin), g.Count(d => d.Kind == Telemetry.DeviceKind.Toilet))
                : null)
            .OrderBy(z => z!.District, StringComparer.Ordinal).ThenBy(z => z!.Ward, StringComparer.Ordinal));

    private static async Task<IResult> GetDaysAsync(
        string district, string ward, DateOnly from, DateOnly to, IGrainFactory grains, ReportStore reports, CancellationToken cancellationToken)
    {
        if (to < from || to.DayNumber - from.DayNumber >= MaxDays)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"from must not be after to, and at most {MaxDays} days apart");
        }

        // The grain has the latest totals; the store has days the grain no longer keeps, and may lag by a few seconds.
        var key = ZoneKey.For(district, ward);
        var stored = await reports.ReadDaysAsync(key, from, to, cancellationToken);
        var kept = await grains.GetGrain<IZoneGrain>(key).GetDays(from, to);
        return Results.Ok(ZoneDayMerge.Max(stored, kept));
    }

    private static async Task<IResult> GetCollectionsAsync(string district, string ward, DateOnly date, ReportStore reports, CancellationToken cancellationToken) =>
        Results.Ok(await reports.ReadCollectionsAsync(ZoneKey.For(district, ward), date, cancellationToken));

    private static async Task<IResult> GetAlertsAsync(string district, string ward, string month, ReportStore reports, CancellationToken cancellationToken) =>
        DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? Results.Ok(await reports.ReadAlertsAsync(ZoneKey.For(district, ward), first, cancellationToken))
            : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "month must be yyyy-MM, for example 2026-11");

    /// <summary>A ward and the devices in it.</summary>
    public sealed record Zone(string District, string Ward, int Bins, int Toilets);
}
