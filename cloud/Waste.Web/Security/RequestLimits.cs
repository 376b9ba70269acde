using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Waste.Web.Security;

/// <summary>
/// How much a request may carry: bodies of at most <see cref="MaxBodyBytes"/> (a page may allow more, as the device
/// import does), form values of at most <see cref="MaxFormValueBytes"/>. A request over a limit is answered with
/// Kestrel's own status (413 too large, 400 malformed), never as a server error.
/// </summary>
public static class RequestLimits
{
    /// <summary>The largest request body, bytes: far above any fleet, note or twin patch, far below what would hurt.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The largest single form value, bytes (the twin editor's patch is at most 32 KB).</summary>
    public const int MaxFormValueBytes = 64 * 1024;

    /// <summary>Applies the limits to the host.</summary>
    public static void Apply(WebApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.Services.Configure<FormOptions>(form => form.ValueLengthLimit = MaxFormValueBytes);
        builder.Services.Configure<ExceptionHandlerOptions>(handler => handler.StatusCodeSelector = exception =>
            exception is Microsoft.AspNetCore.Http.BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
    }
}
