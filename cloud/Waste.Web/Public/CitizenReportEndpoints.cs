using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Waste.Grains.Alerts;
using Waste.Grains.Citizens;
using Waste.Grains.Toilets;
using Waste.Telemetry;
using Waste.Web.Access;

namespace Waste.Web.Public;

/// <summary>
/// Citizens' problem reports: what a device's code names, a proof-of-work challenge, the report itself (multipart
/// form: code, category, optional comment and photo, challenge, nonce) and its state by the reporter's link; for staff,
/// a device's reports with their photos, and a toilet marked cleaned. A report can only add: it joins or raises an
/// alert and never acknowledges, resolves or changes anything.
/// </summary>
public static class CitizenReportEndpoints
{
    /// <summary>The longest comment kept, characters.</summary>
    public const int MaxComment = 500;

    /// <summary>Maps <c>/api/public/devices</c>, <c>/api/public/challenge</c>, <c>/api/public/reports</c>, and the staff's
    /// <c>/api/citizen-reports</c> and <c>/api/toilets/{id}/cleaned</c>.</summary>
    public static IEndpointRouteBuilder MapCitizenReportEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/public").WithTags("Public");
        api.MapGet("/devices/{code}", Device).WithName("PublicDevice").WithSummary("What a device's public code names: bin or toilet, its ward, what may be reported on it");
        api.MapGet("/challenge", Challenge).WithName("PublicReportChallenge").WithSummary("A proof-of-work challenge for a report on the device of code");
        api.MapPost("/reports", SubmitAsync).WithName("PublicSubmitReport").DisableAntiforgery()
            .WithSummary("A citizen's report (multipart form: code, category, comment, photo, challenge, nonce); answers the reporter's link");
        api.MapGet("/reports/{id}", FollowAsync).WithName("PublicFollowReport").WithSummary("A report's state by the reporter's link id: received, being handled, resolved");

        var staff = app.MapGroup("/api/citizen-reports").WithTags("Alerts").RequireAuthorization(AccessPolicies.SeeAlerts);
        staff.MapGet("/", ListAsync).WithName("ListCitizenReports").WithSummary("A device's citizen reports, newest first, with their comments");
        staff.MapGet("/{id}/photo", PhotoAsync).WithName("CitizenReportPhoto").WithSummary("A report's photo (JPEG, metadata removed)");
        app.MapPost("/api/toilets/{id}/cleaned", CleanedAsync).WithTags("Alerts").WithName("ToiletCleaned")
            .WithSummary("Maintenance cleaned the toilet now (shown to the public as last cleaned)").RequireAuthorization(AccessPolicies.HandleAlerts);
        return app;
    }

    private static IResult Device(string code, PublicCodes codes) =>
        codes.Find(code) is { } device
            ? Results.Ok(new
            {
                Code = codes.CodeOf(device.Id), device.Kind, device.Ward, device.District,
                Categories = ProblemCategories.For(device.Kind),
            })
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No device has this code");

    private static IResult Challenge(string? code, PublicCodes codes, ReportChallenge challenges)
    {
        if (codes.Find(code) is not { } device)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No device has this code");
        }

        var (challenge, bits) = challenges.Issue(codes.CodeOf(device.Id));
        return Results.Ok(new { Challenge = challenge, Bits = bits });
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext context, PublicCodes codes, ReportChallenge challenges, ReportLimits limits, PhotoStore photos, IGrainFactory grains,
        IOptions<PublicOptions> options)
    {
        var maxBytes = options.Value.PhotoMaxBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes + 64 * 1024;
        }

        if (!context.Request.HasFormContentType)
        {
            return Refused("Send a multipart form");
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The report is too large: a photo may have {maxBytes / 1024 / 1024} MB at most");
        }

        if (codes.Find(form["code"]) is not { } device)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No device has this code");
        }

        var code = codes.CodeOf(device.Id);
        if (!Enum.TryParse<ProblemCategory>(form["category"], ignoreCase: true, out var category) || !Enum.IsDefined(category)
            || !ProblemCategories.Allows(device.Kind, category))
        {
            return Refused($"category must be one of {string.Join(", ", ProblemCategories.For(device.Kind))}");
        }

        var comment = Comment(form["comment"]);
        if (comment is { Length: > MaxComment })
        {
            return Refused($"A comment may have {MaxComment} characters at most");
        }

        if (challenges.Check(form["challenge"], form["nonce"], code) is { } wrong)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Proof of work refused", detail: wrong);
        }

        if (limits.Take(AddressOf(context), device.Id) is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many reports: try again later");
        }

        byte[]? photo = null;
        if (form.Files["photo"] is { Length: > 0 } upload)
        {
            if (upload.Length > maxBytes)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"A photo may have {maxBytes / 1024 / 1024} MB at most");
            }

            using var buffer = new MemoryStream((int)upload.Length);
            await upload.CopyToAsync(buffer, context.RequestAborted);
            var (jpeg, error) = ReportPhoto.Clean(buffer.ToArray());
            if (error is not null)
            {
                return Refused(error);
            }

            photo = jpeg;
        }

        var token = ReportToken.New();
        if (photo is not null)
        {
            await photos.SaveAsync(code, token, photo, context.RequestAborted);
        }

        var report = await grains.GetGrain<ICitizenReportsGrain>(device.Id).Submit(token, category, comment, photo is not null);
        if (report is null)
        {
            return Refused("This device takes no such report");
        }

        var id = $"{code}-{token}";
        return Results.Created($"/public/reports/{id}", new { Id = id, Link = $"/public/reports/{id}" });
    }

    private static async Task<IResult> FollowAsync(string id, PublicCodes codes, IGrainFactory grains)
    {
        if (ReportToken.Parse(id) is not { } link || codes.Find(link.Code) is not { } device
            || await grains.GetGrain<ICitizenReportsGrain>(device.Id).Find(link.Token) is not { } report)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report (or no longer kept)");
        }

        var alerts = await grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey).List(new AlertFilter { DeviceId = device.Id, Limit = int.MaxValue });
        var alert = alerts.FirstOrDefault(a => a.Id == report.AlertId);
        return Results.Ok(new
        {
            link.Code, device.Kind, device.Ward, device.District, report.Category, report.At, report.HasPhoto,
            State = ProgressOf(alert),
            ReportsOnThisProblem = alert?.CitizenReports,
            ResolvedAt = alert?.ResolvedAt,
        });
    }

    private static async Task<IResult> ListAsync(string device, IGrainFactory grains, PublicCodes codes) =>
        Results.Ok(new
        {
            Code = codes.CodeOf(device),
            Reports = (await grains.GetGrain<ICitizenReportsGrain>(device).List())
                .Select(r => new { Id = $"{codes.CodeOf(device)}-{r.Token}", r.Category, r.Comment, r.HasPhoto, r.At, r.AlertId }),
        });

    private static async Task<IResult> PhotoAsync(string id, PhotoStore photos, CancellationToken cancellationToken) =>
        ReportToken.Parse(id) is { } link && await photos.ReadAsync(link.Code, link.Token, cancellationToken) is { } jpeg
            ? Results.File(jpeg, "image/jpeg")
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such photo");

    private static async Task<IResult> CleanedAsync(string id, Registry.IDeviceRegistry registry, IGrainFactory grains,
        [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time)
    {
        if (registry.Find(id) is not { Kind: DeviceKind.Toilet })
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such toilet");
        }

        await grains.GetGrain<IToiletGrain>(id).MarkCleaned(time.GetUtcNow());
        return Results.NoContent();
    }

    /// <summary>What the reporter sees of the alert their report joined: its state only, never who or what was noted.</summary>
    public static string ProgressOf(Alert? alert) => alert?.State switch
    {
        AlertState.Open => "received",
        AlertState.Acknowledged => "inProgress",
        _ => "resolved",
    };

    // Control characters out (a newline stays), spaces trimmed; empty is none.
    private static string? Comment(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var kept = new string([.. text.Where(c => c == '\n' || !char.IsControl(c))]).Trim();
        return kept.Length == 0 ? null : kept;
    }

    // One household often holds a whole IPv6 /64: it counts as one address.
    private static string AddressOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }

        return address.ToString();
    }

    private static IResult Refused(string title) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title);
}
