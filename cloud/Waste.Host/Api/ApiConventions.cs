using Microsoft.AspNetCore.OpenApi;
using Waste.Host.Api.Json;

namespace Waste.Host.Api;

/// <summary>
/// The conventions every endpoint of the API follows, applied to its JSON and said in the OpenAPI document
/// (<c>/openapi/v1.json</c>), so a client learns them in one place.
/// </summary>
public static class ApiConventions
{
    /// <summary>The conventions, as the OpenAPI document's description says them (Markdown).</summary>
    public const string Description = """
        Conventions of every endpoint:

        - **Times** are instants in UTC, written in ISO 8601 with a `Z` (`2026-11-26T03:00:00Z`); any ISO 8601 offset is
          accepted in requests. **Days** (`2026-11-26`, a path's `{day}`) are calendar days in the city's time zone
          (Binh Duong: UTC+7); "today" is the city's today.
        - **Numbers** are written with at most 15 significant digits; percentages are 0 to 100 unless a field says
          0..1 (NGSI-LD's `fillingLevel`).
        - **Names** of enumerated values (`kind=toilet`, `state=Open`, `policy=daily`) are read in any case and written
          as the schema lists them.
        - **Errors** are RFC 9457 problem details (`application/problem+json`): `status`, `title` and a `detail` saying
          what was wrong (no credentials, an unknown token, a role that does not reach, a parameter that cannot be read).
          NGSI-LD endpoints use NGSI-LD's problem types.
        - **Access**: a signed-in person (session cookie) or an API token (`Authorization: Bearer wst_...`) with a role
          the endpoint's policy admits; 401 without credentials, 403 when the roles do not reach.
        """;

    /// <summary>Writes instants and numbers as <see cref="Description"/> says, and puts it in the OpenAPI document.</summary>
    public static IServiceCollection AddApiConventions(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            json.SerializerOptions.Converters.Add(new UtcInstantConverter());
            json.SerializerOptions.Converters.Add(new PlainNumberConverter());
            json.SerializerOptions.Converters.Add(new BinDecisionConverter());
        });
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Description = Description;
            return Task.CompletedTask;
        }));
        return services;
    }
}
