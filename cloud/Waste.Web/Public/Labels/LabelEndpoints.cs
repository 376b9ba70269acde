using Microsoft.Extensions.Options;
using Waste.Registry;
using Waste.Telemetry;
using Waste.Web.Access;

namespace Waste.Web.Public.Labels;

/// <summary>The label sheets an administrator prints from the devices page: <c>/api/labels.pdf</c> (every sheet) and
/// <c>/api/labels.png?sheet=N</c>, for every device or those of one kind, district, ward or id.</summary>
public static class LabelEndpoints
{
    /// <summary>The most labels one request draws (a district's worth; print a big city ward by ward).</summary>
    public const int MaxLabels = 5000;

    /// <summary>Maps the label sheets.</summary>
    public static IEndpointRouteBuilder MapLabelEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/labels.pdf", Pdf).WithTags("Devices").WithName("DeviceLabelsPdf").RequireAuthorization(AccessPolicies.Administer)
            .WithSummary("Printable A4 sheets of QR labels (PDF), each opening the device's report form; filter by kind, district, ward or device");
        app.MapGet("/api/labels.png", Png).WithTags("Devices").WithName("DeviceLabelsPng").RequireAuthorization(AccessPolicies.Administer)
            .WithSummary("One A4 sheet of QR labels as a PNG (sheet=1, 2, ...)");
        return app;
    }

    private static IResult Pdf(HttpContext context, IDeviceRegistry registry, PublicCodes codes, IOptions<PublicOptions> options, [AsParameters] LabelQuery query) =>
        Labels(context, registry, codes, options.Value, query) is { } labels
            ? Results.File(LabelSheet.Pdf(labels), "application/pdf", "device-labels.pdf")
            : TooMany();

    private static IResult Png(HttpContext context, IDeviceRegistry registry, PublicCodes codes, IOptions<PublicOptions> options, [AsParameters] LabelQuery query, int? sheet)
    {
        if (Labels(context, registry, codes, options.Value, query) is not { } labels)
        {
            return TooMany();
        }

        var number = sheet ?? 1;
        return number < 1 || number > LabelSheet.Sheets(labels.Count)
            ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"sheet must be 1 to {LabelSheet.Sheets(labels.Count)}")
            : Results.File(LabelSheet.Png(labels, number), "image/png", $"device-labels-{number}.png");
    }

    private static List<DeviceLabel>? Labels(HttpContext context, IDeviceRegistry registry, PublicCodes codes, PublicOptions options, LabelQuery query)
    {
        var site = options.LabelBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var devices = registry.All().Where(query.Matches).ToList();
        return devices.Count > MaxLabels
            ? null
            : [.. devices.Select(d => new DeviceLabel($"{site}/r/{codes.CodeOf(d.Id)}", codes.CodeOf(d.Id), d.Kind, d.Ward, d.District))];
    }

    private static IResult TooMany() =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"More than {MaxLabels} labels: choose a kind, district or ward");

    /// <summary>Which devices get a label: every member that is set must match.</summary>
    public sealed record LabelQuery(DeviceKind? Kind, string? District, string? Ward, string? Device)
    {
        /// <summary>True when <paramref name="device"/> passes.</summary>
        public bool Matches(RegisteredDevice device) =>
            (Kind is null || device.Kind == Kind)
            && (string.IsNullOrEmpty(District) || string.Equals(device.District, District, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrEmpty(Ward) || string.Equals(device.Ward, Ward, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrEmpty(Device) || device.Id == Device);
    }
}
