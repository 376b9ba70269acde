using Waste.Grains.Bins;
using Waste.Registry;
using Waste.Telemetry;
using Waste.Web.Access;

namespace Waste.Host.Api;

/// <summary>HTTP API for fill forecasts.</summary>
public static class ForecastEndpoints
{
    /// <summary>The furthest a forecast looks ahead.</summary>
    public static readonly TimeSpan MaxHorizon = TimeSpan.FromDays(14);

    /// <summary>Maps <c>/api/forecasts</c> and <c>/api/devices/{id}/forecast</c>.</summary>
    public static IEndpointRouteBuilder MapForecastEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/devices/{id}/forecast", GetForecastAsync).WithTags("Forecasts").WithName("GetForecast")
            .WithSummary("A bin's projected fill with an 80 % band, and when it reaches its collection threshold and 100 %")
            .RequireAuthorization(AccessPolicies.SeeFleet);
        app.MapGet("/api/forecasts", ListForecastsAsync).WithTags("Forecasts").WithName("ListForecasts")
            .WithSummary("Every bin's forecast summary (no hourly points), soonest to reach the threshold first")
            .RequireAuthorization(AccessPolicies.SeeFleet);
        return app;
    }

    private static async Task<IResult> GetForecastAsync(string id, IDeviceRegistry registry, IGrainFactory grains, int hours = 72)
    {
        if (registry.Find(id) is not { Kind: DeviceKind.Bin })
        {
            return Problems.NoSuchDevice(id);
        }

        if (hours < 1 || TimeSpan.FromHours(hours) > MaxHorizon)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"hours must be 1 to {MaxHorizon.TotalHours}");
        }

        return await grains.GetGrain<IBinGrain>(id).GetForecast(TimeSpan.FromHours(hours)) is { } forecast
            ? Results.Ok(forecast)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No forecast yet", detail: $"Bin '{id}' has sent no fill reading.");
    }

    private static async Task<IResult> ListForecastsAsync(IDeviceRegistry registry, IGrainFactory grains, string? district = null, string? ward = null)
    {
        var bins = registry.All()
            .Where(d => d.Kind == DeviceKind.Bin && d.State == DeviceState.Active)
            .Where(d => district is null || string.Equals(d.District, district, StringComparison.OrdinalIgnoreCase))
            .Where(d => ward is null || string.Equals(d.Ward, ward, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var forecasts = await Task.WhenAll(bins.Select(b => grains.GetGrain<IBinGrain>(b.Id).GetForecast(TimeSpan.FromDays(7))));
        return Results.Ok(bins.Zip(forecasts)
            .Where(pair => pair.Second is not null)
            .Select(pair => ForecastSummary.Of(pair.First, pair.Second!))
            .OrderBy(summary => summary.ThresholdExpected ?? DateTimeOffset.MaxValue));
    }

    /// <summary>A bin's forecast in one row.</summary>
    public sealed record ForecastSummary(
        string DeviceId, string? Ward, string? District, WasteStream? Stream, double? CapacityLitres, double? Latitude, double? Longitude,
        double LevelPercent, DateTimeOffset LevelAt, DateTimeOffset? ThresholdSoonest, DateTimeOffset? ThresholdExpected,
        DateTimeOffset? ThresholdLatest, DateTimeOffset? FullExpected, bool MostlyPrior, DateTimeOffset? OwnHistoryAt)
    {
        /// <summary>The row of <paramref name="device"/>'s <paramref name="forecast"/>.</summary>
        public static ForecastSummary Of(RegisteredDevice device, BinForecast forecast) => new(
            device.Id, device.Ward, device.District, device.Stream, device.CapacityLitres, device.Latitude, device.Longitude,
            forecast.LevelPercent, forecast.LevelAt, forecast.Threshold.Soonest, forecast.Threshold.Expected, forecast.Threshold.Latest,
            forecast.Full.Expected, forecast.MostlyPrior, forecast.OwnHistoryAt);
    }
}
