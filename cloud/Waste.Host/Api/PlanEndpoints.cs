using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Waste.Grains.Planning;
using Waste.Telemetry;
using Waste.Web.Access;

namespace Waste.Host.Api;

/// <summary>
/// HTTP API for collection days: the dispatcher plans a depot's day and re-plans it when a truck breaks down; a crew
/// reads its own route and reports each stop. A crew member may read and change only the routes of trucks they crew:
/// checked here, on the server, whatever the page shows.
/// </summary>
public static class PlanEndpoints
{
    /// <summary>Reasons a crew may give for skipping a stop.</summary>
    public static readonly IReadOnlySet<string> SkipReasons = new HashSet<string>(StringComparer.Ordinal) { "blocked", "bin_damaged", "nothing_out" };

    /// <summary>Maps <c>/api/plans</c> and <c>/api/crew</c>.</summary>
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans").WithTags("Collection plans");
        plans.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.Dispatch).WithName("ListPlans")
            .WithSummary("Every depot's plan for a day (trucks, kilometres, stops, progress, each bin's decision)");
        plans.MapPost("/{depot}/{day}", PlanAsync).RequireAuthorization(AccessPolicies.Dispatch).WithName("PlanDay")
            .WithSummary($"Plan a depot's day with a policy ({PolicyNames}); refused once crews have started");
        plans.MapGet("/{depot}/{day}", GetAsync).RequireAuthorization(AccessPolicies.Dispatch).WithName("GetPlan")
            .WithSummary("A depot's plan for a day: routes, crews' progress, and why each bin is in the plan or waits (decisions); with an ETag (If-None-Match: 304)");
        plans.MapPost("/{depot}/{day}/vehicles/{vehicle}/out-of-service", OutOfServiceAsync).RequireAuthorization(AccessPolicies.Dispatch)
            .WithName("VehicleOutOfService").WithSummary("A truck broke down: its remaining stops are re-planned onto the others");
        plans.MapGet("/{depot}/{day}/routes/{vehicle}", GetRouteAsync).RequireAuthorization(AccessPolicies.CrewWork, AccessPolicies.Dispatch)
            .WithName("GetRoute").WithSummary("One truck's route (its crew, the dispatcher, an admin)");
        plans.MapPost("/{depot}/{day}/routes/{vehicle}/stops/{bin}/collected", CollectedAsync).RequireAuthorization(AccessPolicies.CrewWork)
            .WithName("StopCollected").WithSummary("The crew emptied the bin (with Prefer: return=minimal, 204 instead of the depot's day)");
        plans.MapPost("/{depot}/{day}/routes/{vehicle}/stops/{bin}/skipped", SkippedAsync).RequireAuthorization(AccessPolicies.CrewWork)
            .WithName("StopSkipped").WithSummary("The crew could not collect the bin (blocked, bin_damaged, nothing_out): the day is re-planned");
        app.MapGet("/api/crew/routes", MyRoutesAsync).WithTags("Collection plans").RequireAuthorization(AccessPolicies.CrewWork)
            .WithName("MyRoutes").WithSummary("The signed-in crew member's routes for a day (today by default)");
        return app;
    }

    private static readonly string PolicyNames = string.Join(", ", Enum.GetNames<SelectionPolicy>().Select(n => n.ToLowerInvariant()));

    private static IRoutePlannerGrain Planner(IGrainFactory grains, string depot, DateOnly day) =>
        grains.GetGrain<IRoutePlannerGrain>(PlanKey.For(depot, day));

    private static async Task<IResult> PlanAsync(string depot, string day, IGrainFactory grains, string? policy = null)
    {
        if (!TryDay(day, out var date))
        {
            return BadDay(day);
        }

        if (!Enum.TryParse<SelectionPolicy>(policy ?? nameof(SelectionPolicy.Forecast), ignoreCase: true, out var selection) || !Enum.IsDefined(selection))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"policy must be one of {PolicyNames}");
        }

        return Answer(await Planner(grains, depot, date).Plan(selection));
    }

    private static async Task<IResult> ListAsync(IGrainFactory grains, [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time, IOptions<Grains.Rules.DeviceRules> rules, string? day = null)
    {
        var date = day is null ? rules.Value.LocalDay(time.GetUtcNow()) : TryDay(day, out var d) ? d : (DateOnly?)null;
        if (date is not { } planned)
        {
            return BadDay(day!);
        }

        var fleet = await grains.GetGrain<IFleetGrain>(IFleetGrain.CityKey).Get();
        var views = await Task.WhenAll(fleet.Depots.Select(depot => Planner(grains, depot.Id, planned).Get()));
        return Results.Ok(views.OfType<CollectionPlanView>());
    }

    // Polled by the dispatcher's page: answered with an ETag, so an unchanged day costs a 304.
    private static async Task<IResult> GetAsync(string depot, string day, IGrainFactory grains, HttpContext context, IOptions<JsonOptions> json) =>
        !TryDay(day, out var date) ? BadDay(day)
        : await Planner(grains, depot, date).Get() is { } plan ? ConditionalAnswer.Json(context, plan, json.Value.SerializerOptions)
        : NotPlanned(depot, day);

    private static async Task<IResult> OutOfServiceAsync(string depot, string day, string vehicle, IGrainFactory grains) =>
        !TryDay(day, out var date) ? BadDay(day) : Answer(await Planner(grains, depot, date).VehicleOutOfService(vehicle));

    private static async Task<IResult> GetRouteAsync(string depot, string day, string vehicle, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!TryDay(day, out var date))
        {
            return BadDay(day);
        }

        if (await Planner(grains, depot, date).Get() is not { } plan)
        {
            return NotPlanned(depot, day);
        }

        if (plan.Routes.FirstOrDefault(r => r.VehicleId == vehicle) is not { } route)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Truck '{vehicle}' has no route that day");
        }

        return MayWorkOn(user, route) ? Results.Ok(route) : Results.Forbid();
    }

    private static async Task<IResult> CollectedAsync(string depot, string day, string vehicle, string bin, ClaimsPrincipal user, IGrainFactory grains, HttpContext context)
    {
        if (await CrewRefusalAsync(depot, day, vehicle, user, grains) is { } refusal)
        {
            return refusal;
        }

        var update = await Planner(grains, depot, DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)).MarkCollected(bin, vehicle);
        return update.Plan is not null && ReturnPreference.IsMinimal(context.Request) ? ReturnPreference.Applied(context.Response) : Answer(update);
    }

    private static async Task<IResult> SkippedAsync(string depot, string day, string vehicle, string bin, Skip skip, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!SkipReasons.Contains(skip.Reason))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"reason must be one of {string.Join(", ", SkipReasons)}");
        }

        if (await CrewRefusalAsync(depot, day, vehicle, user, grains) is { } refusal)
        {
            return refusal;
        }

        return Answer(await Planner(grains, depot, DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)).MarkSkipped(bin, vehicle, skip.Reason));
    }

    private static async Task<IResult> MyRoutesAsync(
        ClaimsPrincipal user, IGrainFactory grains, [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
        IOptions<Grains.Rules.DeviceRules> rules, string? day = null)
    {
        var date = day is null ? rules.Value.LocalDay(time.GetUtcNow()) : TryDay(day, out var d) ? d : (DateOnly?)null;
        if (date is not { } planned)
        {
            return BadDay(day!);
        }

        var fleet = await grains.GetGrain<IFleetGrain>(IFleetGrain.CityKey).Get();
        var mine = fleet.Vehicles.Where(v => v.Crew.Contains(user.Identity?.Name ?? "", StringComparer.Ordinal)).ToList();
        var routes = new List<CrewRoute>();
        foreach (var depot in mine.Select(v => v.DepotId).Distinct())
        {
            if (await Planner(grains, depot, planned).Get() is { } plan)
            {
                routes.AddRange(plan.Routes.Where(r => mine.Any(v => v.Id == r.VehicleId)).Select(r => new CrewRoute(depot, planned, r)));
            }
        }

        return Results.Ok(routes);
    }

    // A crew member works only on the trucks they crew; the dispatcher and an admin on any.
    private static bool MayWorkOn(ClaimsPrincipal user, PlannedRoute route) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Dispatcher) || route.Crew.Contains(user.Identity?.Name ?? "", StringComparer.Ordinal);

    private static async Task<IResult?> CrewRefusalAsync(string depot, string day, string vehicle, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!TryDay(day, out var date))
        {
            return BadDay(day);
        }

        if (await Planner(grains, depot, date).Get() is not { } plan)
        {
            return NotPlanned(depot, day);
        }

        var route = plan.Routes.FirstOrDefault(r => r.VehicleId == vehicle);
        return route is null ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Truck '{vehicle}' has no route that day")
            : MayWorkOn(user, route) ? null
            : Results.Forbid();
    }

    private static bool TryDay(string day, out DateOnly date) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static IResult BadDay(string day) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"'{day}' is not a day: use yyyy-MM-dd");

    private static IResult NotPlanned(string depot, string day) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not planned", detail: $"Depot '{depot}' has no plan for {day}.");

    private static IResult Answer(PlanUpdate update) => update switch
    {
        { Plan: { } plan } => Results.Ok(plan),
        { NotFound: true } => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: update.Error),
        _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: update.Error),
    };

    /// <summary>Why a crew skipped a stop.</summary>
    public sealed record Skip(string Reason);

    /// <summary>A route with the depot and day it belongs to, for the crew's page.</summary>
    public sealed record CrewRoute(string DepotId, DateOnly Day, PlannedRoute Route);
}
