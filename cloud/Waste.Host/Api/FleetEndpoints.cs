using Waste.Grains.Planning;
using Waste.Web.Access;

namespace Waste.Host.Api;

/// <summary>HTTP API for the collection fleet: depots, disposal sites, trucks and their availability.</summary>
public static class FleetEndpoints
{
    /// <summary>Maps <c>/api/fleet</c>.</summary>
    public static IEndpointRouteBuilder MapFleetEndpoints(this IEndpointRouteBuilder app)
    {
        var fleet = app.MapGroup("/api/fleet").WithTags("Fleet").RequireAuthorization(AccessPolicies.Dispatch);
        fleet.MapGet("/", async (IGrainFactory grains) => Results.Ok(await Fleet(grains).Get()))
            .WithName("GetFleet").WithSummary("Depots, disposal sites and trucks");
        fleet.MapPut("/", ReplaceAsync).WithName("ReplaceFleet").WithSummary("Replace the fleet (checked first: every error is listed)");
        fleet.MapPost("/vehicles/{id}/availability", SetAvailableAsync).WithName("SetVehicleAvailability")
            .WithSummary("Mark a truck available or out of service for the days not yet planned");
        return app;
    }

    private static IFleetGrain Fleet(IGrainFactory grains) => grains.GetGrain<IFleetGrain>(IFleetGrain.CityKey);

    private static async Task<IResult> ReplaceAsync(FleetConfiguration configuration, IGrainFactory grains)
    {
        var errors = await Fleet(grains).Replace(configuration);
        return errors.Count == 0
            ? Results.Ok(configuration)
            : Results.ValidationProblem(new Dictionary<string, string[]> { ["fleet"] = [.. errors] }, title: "The fleet was not saved");
    }

    private static async Task<IResult> SetAvailableAsync(string id, Availability availability, IGrainFactory grains) =>
        await Fleet(grains).SetAvailable(id, availability.Available)
            ? Results.NoContent()
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No truck '{id}'");

    /// <summary>Whether a truck is available.</summary>
    public sealed record Availability(bool Available);
}
