using Microsoft.AspNetCore.Diagnostics;
using Waste.Storage.Sqlite;

namespace Waste.Host.Api;

/// <summary>
/// A request that met a stored state the grain store found damaged (<see cref="StorageDamagedException"/>, inside the
/// exception Orleans wraps it in): 503 with problem details naming the state and its grain, instead of a 500 from a
/// state that cannot be read. The database file and the way back are the operator's, in the host's log (Orleans logs
/// the failed read with the store's message).
/// </summary>
internal sealed class DamagedStateAnswer(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Damage(exception) is not { } damaged)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Stored state damaged",
                Detail = $"{damaged.Finding}: it is not read. The host's log names the database and the way back (docs/deployment.md, \"When the host refuses to start\").",
            },
            Exception = exception,
        });
    }

    private static StorageDamagedException? Damage(Exception? exception) => exception switch
    {
        null => null,
        StorageDamagedException damaged => damaged,
        AggregateException all => all.InnerExceptions.Select(Damage).FirstOrDefault(found => found is not null),
        _ => Damage(exception.InnerException),
    };
}
