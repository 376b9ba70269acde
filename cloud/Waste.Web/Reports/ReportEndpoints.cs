using Waste.Web.Access;

namespace Waste.Web.Reports;

/// <summary>DONRE's report as JSON, for integrations (the page offers CSV and XLSX).</summary>
public static class ReportEndpoints
{
    /// <summary>Maps <c>GET /api/reports</c>.</summary>
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reports", GetAsync).WithTags("Reports").WithName("GetReport")
            .WithSummary("DONRE's report for a month (period=2026-11) or quarter (period=2026-Q4), by ward or district: volume and estimated mass by stream, sorting rate, overflows, toilet availability and faults")
            .RequireAuthorization(AccessPolicies.SeeReports);
        return app;
    }

    private static async Task<IResult> GetAsync(DonreReports reports, string period, ReportArea by = ReportArea.Ward) =>
        ReportPeriod.Parse(period) is { } parsed
            ? Results.Ok(await reports.BuildAsync(parsed, by))
            : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "period must be a month (2026-11) or a quarter (2026-Q4)");
}
