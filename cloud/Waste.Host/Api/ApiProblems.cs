using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Waste.Web;
using Waste.Web.Access;

namespace Waste.Host.Api;

/// <summary>
/// Every refusal of the machine paths (<c>/api</c>, <c>/ngsi-ld</c>, <c>/geojson</c>) as RFC 9457 problem details
/// that say what was wrong: a 401, 403, 404 or 405 the framework answers with no body gets one written from the
/// request (no credentials, an unknown token, an ended session, roles that do not reach); a parameter or body that
/// cannot be read (a 400 the framework would answer empty) says which one and why; a stored state found damaged is a 503
/// that names it (<see cref="DamagedStateAnswer"/>). The pages keep their own answers.
/// </summary>
public static class ApiProblems
{
    /// <summary>Binding failures throw (so they can be explained) instead of answering an empty 400.</summary>
    public static IServiceCollection AddApiProblems(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddSingleton<ApiRefusals>();
        services.AddExceptionHandler<UnreadableRequest>();
        services.AddExceptionHandler<DamagedStateAnswer>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Adds the refusals' count (<see cref="ApiRefusals"/>), the exception handler and the problem bodies of
    /// the machine paths' empty refusals: call before routing and sign-in.</summary>
    public static WebApplication UseApiProblems(this WebApplication app)
    {
        app.Use(app.Services.GetRequiredService<ApiRefusals>().CountAsync);
        app.UseExceptionHandler();
        app.UseStatusCodePages(WriteAsync);
        return app;
    }

    private static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!WasteWeb.IsMachinePath(http.Request.Path))
        {
            return;
        }

        var status = http.Response.StatusCode;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = status, Detail = Explain(http, status) },
        });
    }

    // What the framework knew but did not say, worked out again from the request.
    private static string? Explain(HttpContext http, int status) => status switch
    {
        StatusCodes.Status401Unauthorized when ApiTokenAuthentication.IsPresentedBy(http.Request) =>
            "The API token is unknown or revoked: an administrator issues tokens on /admin/tokens.",
        StatusCodes.Status401Unauthorized when http.Request.Cookies.ContainsKey("waste.session") =>
            "The session has ended: sign in again on /signin.",
        StatusCodes.Status401Unauthorized =>
            "No credentials: sign in on /signin, or send an API token as 'Authorization: Bearer wst_...'.",
        StatusCodes.Status403Forbidden => $"{Who(http.User)} may not do this: {Needs(http)}.",
        StatusCodes.Status404NotFound when http.GetEndpoint() is null => $"No API answers {http.Request.Path}: see /api/docs.",
        StatusCodes.Status405MethodNotAllowed => $"{http.Request.Path} does not take {http.Request.Method}: see /api/docs.",
        _ => null,
    };

    private static string Who(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return $"'{user.Identity?.Name}' (roles: {(roles.Count == 0 ? "none" : string.Join(", ", roles))})";
    }

    private static string Needs(HttpContext http)
    {
        var policies = http.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
            .Select(a => a.Policy).OfType<string>().Distinct().ToList() ?? [];
        var roles = policies.SelectMany(AccessPolicies.RolesFor).Distinct().ToList();
        return roles.Count == 0 ? "it needs another role" : $"it needs the role {string.Join(" or ", roles)}";
    }

    /// <summary>A request the endpoint cannot read: a parameter of the wrong form, a body that is not the JSON asked
    /// for. Answered 400 with the reason (the framework's own words, which name the parameter).</summary>
    private sealed class UnreadableRequest(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }

            httpContext.Response.StatusCode = bad.StatusCode;
            var detail = bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = { Status = bad.StatusCode, Detail = detail },
                Exception = exception,
            });
        }
    }
}
