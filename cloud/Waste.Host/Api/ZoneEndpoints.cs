using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Host.Api;

/// <summary>HTTP API for wards and their daily aggregates.</summary>
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
        return app;
    }

    private static IResult ListZones(IDeviceRegistry registry) =>
        Results.Ok(registry.All()
            .GroupBy(d => ZoneKey.Of(d))
            .Select(g => ZoneKey.Parse(g.Key) is var (district, ward)
                ? new Zone(district, ward, g.Count(d => d.Kind == Telemetry.DeviceKind.Bin), g.Count(d => d.Kind == Telemetry.DeviceKind.Toilet))
                : null)
            .OrderBy(z => z!.District, StringComparer.Ordinal).ThenBy(z => z!.Ward, StringComparer.Ordinal));

    private static async Task<IResult> GetDaysAsync(string district, string ward, DateOnly from, DateOnly to, IGrainFactory grains)
    {
        if (to < from || to.DayNumber - from.DayNumber >= MaxDays)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"from must not be after to, and at most {MaxDays} days apart");
        }

        return Results.Ok(await grains.GetGrain<IZoneGrain>(ZoneKey.For(district, ward)).GetDays(from, to));
    }

    /// <summary>A ward and the devices in it.</summary>
    public sealed record Zone(string District, string Ward, int Bins, int Toilets);
}
