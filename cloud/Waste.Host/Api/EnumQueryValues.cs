using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Primitives;

namespace Waste.Host.Api;

/// <summary>
/// Names in the query string are read whatever their case (<c>?kind=toilet</c> as <c>?kind=Toilet</c>), as JSON bodies
/// already are: minimal APIs parse enums case-sensitively (dotnet/aspnetcore#48346), so each query value of an enum
/// parameter is rewritten to its member's name before binding. A value that names no member is refused here with the
/// names it could have been.
/// </summary>
public static class EnumQueryValues
{
    /// <summary>Adds the step: after routing (it reads the endpoint's parameters), before the endpoint.</summary>
    public static IApplicationBuilder UseEnumQueryValues(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint() is { } endpoint && context.Request.QueryString.HasValue)
        {
            var parameters = EnumParameters(endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>());
            if (parameters.Count > 0)
            {
                var (query, refusal) = Canonical(context.Request.Query, parameters);
                if (refusal is not null)
                {
                    await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "A query parameter names no known value", detail: refusal)
                        .ExecuteAsync(context);
                    return;
                }

                context.Request.Query = query;
            }
        }

        await next(context);
    });

    // Query name (any case) to the enum it binds to.
    private static Dictionary<string, Type> EnumParameters(IReadOnlyList<IParameterBindingMetadata> parameters)
    {
        var enums = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in parameters)
        {
            if (parameter.ParameterInfo.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterInfo.ParameterType.GetProperties())
                {
                    Add(enums, property.Name, property.PropertyType);
                }
            }
            else
            {
                Add(enums, parameter.Name, parameter.ParameterInfo.ParameterType);
            }
        }

        return enums;
    }

    private static void Add(Dictionary<string, Type> enums, string name, Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        if (element.IsEnum)
        {
            enums[name] = element;
        }
    }

    private static (IQueryCollection Query, string? Refusal) Canonical(IQueryCollection query, Dictionary<string, Type> enums)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, given) in query)
        {
            if (!enums.TryGetValue(name, out var type))
            {
                values[name] = given;
                continue;
            }

            var names = new List<string?>();
            foreach (var value in given)
            {
                if (string.IsNullOrEmpty(value))
                {
                    names.Add(value);
                    continue;
                }

                // Numbers are not names: the enums' numbers are not part of the API.
                if (char.IsAsciiDigit(value[0]) || value[0] == '-'
                    || !Enum.TryParse(type, value, ignoreCase: true, out var member) || !Enum.IsDefined(type, member!))
                {
                    return (query, $"'{value}' is not a {name}: use one of {string.Join(", ", Enum.GetNames(type))} (any case).");
                }

                names.Add(member!.ToString());
            }

            values[name] = new StringValues([.. names]);
        }

        return (new QueryCollection(values), null);
    }
}
