using System.Security.Claims;
using System.Text.Json;
using Waste.Grains.Alerts;
using Waste.Host.Alerts;
using Waste.Web.Access;

namespace Waste.Host.Api;

/// <summary>HTTP API for alerts: list with filters, act on one, statistics, and a live stream.</summary>
public static class AlertEndpoints
{
    /// <summary>Maps <c>/api/alerts</c>.</summary>
    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder app)
    {
        var alerts = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(AccessPolicies.SeeAlerts);
        alerts.MapGet("/", ListAsync).WithName("ListAlerts").WithSummary("Alerts, newest first, filtered by state, kind, ward, district, device and time");
        alerts.MapGet("/statistics", StatisticsAsync).WithName("AlertStatistics")
            .WithSummary("How fast the matching alerts were handled: median and mean time to acknowledge and to resolve");
        alerts.MapPost("/{id}/acknowledge", AcknowledgeAsync).WithName("AcknowledgeAlert").WithSummary("Take an alert, with an optional note")
            .RequireAuthorization(AccessPolicies.HandleAlerts);
        alerts.MapPost("/{id}/resolve", ResolveAsync).WithName("ResolveAlert").WithSummary("Close an alert, with an optional note")
            .RequireAuthorization(AccessPolicies.HandleAlerts);
        alerts.MapGet("/stream", StreamAsync).WithName("AlertStream").WithSummary("Server-sent events: every alert raised or changed, as it happens");
        return app;
    }

    private static IAlertBoardGrain Board(IGrainFactory grains) => grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey);

    private static async Task<IResult> ListAsync(IGrainFactory grains, [AsParameters] AlertQuery query) =>
        Results.Ok(await Board(grains).List(query.ToFilter()));

    private static async Task<IResult> StatisticsAsync(IGrainFactory grains, [AsParameters] AlertQuery query) =>
        Results.Ok(await Board(grains).Statistics(query.ToFilter() with { Limit = int.MaxValue }));

    // Who acted is who signed in (a person's name, or "token:" and the token's name): never what the body says.
    private static async Task<IResult> AcknowledgeAsync(string id, AlertAction? action, ClaimsPrincipal user, IGrainFactory grains) =>
        Answer(await Board(grains).Acknowledge(id, user.DisplayName(), action?.Note));

    private static async Task<IResult> ResolveAsync(string id, AlertAction? action, ClaimsPrincipal user, IGrainFactory grains) =>
        Answer(await Board(grains).Resolve(id, user.DisplayName(), action?.Note));

    private static async Task StreamAsync(HttpContext context, AlertFeed feed)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        var json = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            await foreach (var alert in feed.ListenAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"event: alert\ndata: {JsonSerializer.Serialize(alert, json)}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The listener left.
        }
    }

    private static IResult Answer(AlertUpdate update) => update.Error switch
    {
        null => Results.Ok(update.Alert),
        AlertUpdateError.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such alert"),
        AlertUpdateError.NoteTooLong => Results.ValidationProblem(
            new Dictionary<string, string[]> { ["note"] = [$"A note is at most {AlertNote.MaxLength} characters."] }, title: "The note is too long"),
        AlertUpdateError.TooManyNotes => Results.Problem(
            statusCode: StatusCodes.Status409Conflict, title: $"The alert holds {AlertNote.MaxPerAlert} notes already"),
        _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The alert is already resolved"),
    };

    /// <summary>What the person acting on an alert notes (optional). Who acted is the signed-in person or token.</summary>
    public sealed record AlertAction(string? Note);

    /// <summary>The query string of the alert listings.</summary>
    public sealed record AlertQuery(
        AlertState[]? State, AlertKind[]? Kind, string? Ward, string? District, string? Device, DateTimeOffset? Since, DateTimeOffset? Until, int? Limit)
    {
        /// <summary>The board's filter.</summary>
        public AlertFilter ToFilter() => new()
        {
            States = State is { Length: > 0 } ? State : null,
            Kinds = Kind is { Length: > 0 } ? Kind : null,
            Ward = Ward,
            District = District,
            DeviceId = Device,
            RaisedSince = Since,
            RaisedBefore = Until,
            Limit = Math.Clamp(Limit ?? 500, 1, 5000),
        };
    }
}
