using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Waste.Web.Security;

/// <summary>
/// The host's rate-limit policies (ASP.NET Core's rate limiter), each partitioned by the client's address
/// (<see cref="ClientAddress"/>). A page or endpoint opts in by name: <c>[EnableRateLimiting(RateLimits.SignIn)]</c>
/// or <c>.RequireRateLimiting(RateLimits.SignIn)</c>. A refusal answers 429 with <c>Retry-After</c>: problem details on
/// the machines' paths, one localised sentence on pages.
/// </summary>
public static class RateLimits
{
    /// <summary>Posts to the sign-in page: <see cref="WebOptions.SignInOptions.AttemptsPerAddress"/> a minute per address.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Registers the policies with the limits of <paramref name="web"/>.</summary>
    public static void Configure(RateLimiterOptions options, WebOptions web)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = RejectAsync;
        options.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
            ? PerMinute(ClientAddress.Of(context), web.SignIn.AttemptsPerAddress)
            : RateLimitPartition.GetNoLimiter(""));
    }

    /// <summary>A sliding one-minute window of <paramref name="permits"/> for <paramref name="key"/>, without a queue.</summary>
    public static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
        var sentence = text["Too many attempts from your address: try again in {0} s.", seconds].Value;
        if (WasteWeb.IsMachinePath(context.Request.Path))
        {
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: sentence).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(sentence, cancellationToken);
    }
}
