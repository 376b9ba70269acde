using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Waste.Web.Public;

/// <summary>
/// The public read API, no sign-in: toilets and bins near a point or in a ward, the wards, sorting rates, and the
/// province display's figures with their live stream. Every answer comes from <see cref="PublicCity"/> and
/// <see cref="SortingRates"/>: public facts and counts only, never a device id, a crew, a truck or a note.
/// </summary>
public static class PublicReadEndpoints
{
    /// <summary>The most toilets one answer lists.</summary>
    public const int MaxToilets = 50;

    /// <summary>The widest circle of bins one answer covers, metres.</summary>
    public const double MaxBinRadius = 3000;

    /// <summary>The most bins one answer lists.</summary>
    public const int MaxBins = 300;

    /// <summary>Live listeners at once on one host; more are told to come back later.</summary>
    public const int MaxListeners = 500;

    private static int _listeners;

    /// <summary>Maps <c>/api/public/...</c> (reads).</summary>
    public static IEndpointRouteBuilder MapPublicReadEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/public").WithTags("Public");
        api.MapGet("/wards", WardsAsync).WithName("PublicWards").WithSummary("Wards that have devices, with where they lie");
        api.MapGet("/toilets", ToiletsAsync).WithName("PublicToilets")
            .WithSummary("Public toilets nearest a point (lat, lon) or a ward's middle: open or not, free or occupied, last cleaned, odour, access, distance; the nearest open one for each that is not");
        api.MapGet("/bins", BinsAsync).WithName("PublicBins").WithSummary("Bins within a radius of a point (lat, lon), with their fill as a band");
        api.MapGet("/sorting", SortingAsync).WithName("PublicSortingRates")
            .WithSummary("Waste-sorting rate this month and last: a ward's and its district's (district, ward) and the province's; every area without them");
        api.MapGet("/display", DisplayAsync).WithName("PublicDisplay").WithSummary("The province display's figures: counts by ward, toilets, bins, sorting rates");
        api.MapGet("/stream", StreamAsync).WithName("PublicDisplayStream").WithSummary("Server-sent events: the display's figures each time they change");
        return app;
    }

    private static async Task<IResult> WardsAsync(PublicCity city) =>
        Results.Ok((await city.CurrentAsync()).Wards.Select(w => new { w.District, w.Ward, w.Latitude, w.Longitude }));

    private static async Task<IResult> ToiletsAsync(PublicCity city, double? lat, double? lon, string? district, string? ward, int? limit)
    {
        var view = await city.CurrentAsync();
        if (Origin(view, lat, lon, district, ward) is not { } origin)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Give lat and lon (degrees), or district and ward");
        }

        var (latitude, longitude) = origin;
        var toilets = view.Toilets
            .Select(t => (Toilet: t, Metres: PublicCityView.Metres(latitude, longitude, t.Latitude, t.Longitude)))
            .OrderBy(t => t.Metres)
            .Take(Math.Clamp(limit ?? 10, 1, MaxToilets))
            .Select(t => new
            {
                t.Toilet.Code, t.Toilet.Latitude, t.Toilet.Longitude, t.Toilet.Ward, t.Toilet.District, t.Toilet.Status, t.Toilet.Occupied,
                t.Toilet.LastCleanedAt, t.Toilet.Odour, t.Toilet.Accessible, DistanceMetres = Math.Round(t.Metres),
                NearestOpen = t.Toilet.Status == ToiletStatus.Open ? null : NearestOpen(view, t.Toilet),
            });
        return Results.Ok(new { view.At, Origin = new { Latitude = latitude, Longitude = longitude }, Toilets = toilets });
    }

    private static async Task<IResult> BinsAsync(PublicCity city, double? lat, double? lon, double? radius)
    {
        if (lat is not { } latitude || lon is not { } longitude || !Valid(latitude, longitude))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Give lat and lon (degrees)");
        }

        var within = Math.Clamp(radius ?? 1000, 1, MaxBinRadius);
        var view = await city.CurrentAsync();
        var bins = view.Bins
            .Select(b => (Bin: b, Metres: PublicCityView.Metres(latitude, longitude, b.Latitude, b.Longitude)))
            .Where(b => b.Metres <= within)
            .OrderBy(b => b.Metres)
            .Take(MaxBins)
            .Select(b => new { b.Bin.Latitude, b.Bin.Longitude, b.Bin.Ward, b.Bin.Stream, b.Bin.Fill, DistanceMetres = Math.Round(b.Metres) });
        return Results.Ok(new { view.At, RadiusMetres = within, Bins = bins });
    }

    private static async Task<IResult> SortingAsync(SortingRates rates, string? district, string? ward)
    {
        var table = await rates.CurrentAsync();
        if (string.IsNullOrEmpty(district))
        {
            return Results.Ok(table);
        }

        var wardRate = string.IsNullOrEmpty(ward) ? null : table.Ward(district, ward);
        var districtRate = table.District(district);
        return districtRate is null || (!string.IsNullOrEmpty(ward) && wardRate is null)
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such ward or district with devices")
            : Results.Ok(new { table.ThisMonth, table.LastMonth, Ward = wardRate, District = districtRate, table.Province });
    }

    private static async Task<IResult> DisplayAsync(PublicCity city, SortingRates rates) => Results.Ok(await DisplayFiguresAsync(city, rates));

    /// <summary>What the province display shows: the public view and the sorting rates, with the city's totals.</summary>
    public static async Task<object> DisplayFiguresAsync(PublicCity city, SortingRates rates)
    {
        var view = await city.CurrentAsync();
        var sorting = await rates.CurrentAsync();
        var wards = view.Wards;
        return new
        {
            view.At,
            Totals = new
            {
                Toilets = wards.Sum(w => w.Toilets), ToiletsOpen = wards.Sum(w => w.ToiletsOpen), ToiletProblems = wards.Sum(w => w.ToiletProblems),
                Bins = wards.Sum(w => w.Bins), BinsNearlyFull = wards.Sum(w => w.BinsNearlyFull), CollectionsToday = wards.Sum(w => w.CollectionsToday),
            },
            Wards = wards,
            view.Toilets,
            Bins = view.Bins.Select(b => new { b.Latitude, b.Longitude, b.Stream, b.Fill }),
            Sorting = sorting,
        };
    }

    // The figures each time they change, checked once per refresh period; a comment line every check keeps proxies
    // from closing a quiet stream.
    private static async Task StreamAsync(HttpContext context, PublicCity city, SortingRates rates, IOptions<PublicOptions> options,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    {
        if (Interlocked.Increment(ref _listeners) > MaxListeners)
        {
            Interlocked.Decrement(ref _listeners);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "60";
            return;
        }

        try
        {
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            var every = TimeSpan.FromSeconds(options.Value.RefreshSeconds);
            var sent = "";
            while (!context.RequestAborted.IsCancellationRequested)
            {
                var figures = JsonSerializer.Serialize(await DisplayFiguresAsync(city, rates), json.Value.SerializerOptions);
                if (figures != sent)
                {
                    await context.Response.WriteAsync($"event: city\ndata: {figures}\n\n", context.RequestAborted);
                    sent = figures;
                }
                else
                {
                    await context.Response.WriteAsync(": unchanged\n\n", context.RequestAborted);
                }

                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(every, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The listener left.
        }
        finally
        {
            Interlocked.Decrement(ref _listeners);
        }
    }

    private static object? NearestOpen(PublicCityView view, PublicToilet toilet) =>
        view.NearestOpen(toilet.Latitude, toilet.Longitude, toilet.Code) is { } open
            ? new
            {
                open.Code, open.Latitude, open.Longitude, open.Ward, open.District,
                DistanceMetres = Math.Round(PublicCityView.Metres(toilet.Latitude, toilet.Longitude, open.Latitude, open.Longitude)),
            }
            : null;

    private static (double Latitude, double Longitude)? Origin(PublicCityView view, double? lat, double? lon, string? district, string? ward)
    {
        if (lat is { } latitude && lon is { } longitude)
        {
            return Valid(latitude, longitude) ? (latitude, longitude) : null;
        }

        return view.Wards.FirstOrDefault(w =>
                string.Equals(w.District, district, StringComparison.OrdinalIgnoreCase) && string.Equals(w.Ward, ward, StringComparison.OrdinalIgnoreCase))
            is { Latitude: { } middleLatitude, Longitude: { } middleLongitude }
            ? (middleLatitude, middleLongitude)
            : null;
    }

    private static bool Valid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && Math.Abs(latitude) <= 90 && Math.Abs(longitude) <= 180;
}
