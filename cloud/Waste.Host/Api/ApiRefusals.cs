using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Diagnostics;
using Waste.Web;

namespace Waste.Host.Api;

/// <summary>
/// Every refusal the machine paths (<c>/api</c>, <c>/ngsi-ld</c>, <c>/geojson</c>) answer, counted as the hub counts
/// what it refuses: a 4xx (a body or parameter that cannot be read, a value out of bounds, no such thing, no access) by
/// status and route on the meter <see cref="MeterName"/>. Why each one was refused is in its problem details
/// (<see cref="ApiProblems"/>).
/// </summary>
public sealed class ApiRefusals : IDisposable
{
    /// <summary>The meter's name, for OpenTelemetry's AddMeter.</summary>
    public const string MeterName = "Waste.Api";

    private readonly Meter _meter;
    private readonly Counter<long> _refused;
    private readonly ConcurrentDictionary<int, long> _totals = new();

    /// <summary>Creates the meter and its counter.</summary>
    public ApiRefusals(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _refused = _meter.CreateCounter<long>("waste.api.requests.refused", "{request}", "API requests refused (4xx), by status and route");
    }

    /// <summary>Requests refused with <paramref name="status"/> so far.</summary>
    public long Total(int status) => _totals.GetValueOrDefault(status);

    /// <summary>Middleware: counts the request when its answer starts, if it is a refusal on a machine path (before the
    /// caller can see the answer, so a caller that read it also finds it counted).</summary>
    public Task CountAsync(HttpContext context, RequestDelegate next)
    {
        if (WasteWeb.IsMachinePath(context.Request.Path))
        {
            context.Response.OnStarting(() =>
            {
                Count(context);
                return Task.CompletedTask;
            });
        }

        return next(context);
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    private void Count(HttpContext context)
    {
        var status = context.Response.StatusCode;
        if (status is < 400 or > 499)
        {
            return;
        }

        // The exception handler clears the endpoint of a request it answers; it keeps it in its feature.
        var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
        _refused.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status), new KeyValuePair<string, object?>("http.route", route));
        _totals.AddOrUpdate(status, 1, (_, total) => total + 1);
    }
}
