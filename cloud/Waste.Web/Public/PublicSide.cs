using Microsoft.Extensions.Options;
using Waste.Registry;
using Waste.Web.Public.Labels;

namespace Waste.Web.Public;

/// <summary>Wires the citizens' side into the web app: the public view, sorting rates, report brakes and photos, and
/// their endpoints.</summary>
public static class PublicSide
{
    /// <summary>Registers the citizens' services; their files live in <paramref name="dataDirectory"/>.</summary>
    public static IServiceCollection AddPublicSide(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, string dataDirectory)
    {
        services.AddOptions<PublicOptions>().Bind(configuration.GetSection(PublicOptions.Section))
            .Validate(o => o.Problem() is null, "Public: settings out of range (see PublicOptions.Problem)")
            .ValidateOnStart();
        services.AddSingleton(s => PublicCodes.OpenIn(dataDirectory, s.GetRequiredService<IDeviceRegistry>()));
        services.AddSingleton(PhotoStore.In(dataDirectory));
        services.AddSingleton<PublicCity>();
        services.AddSingleton<SortingRates>();
        services.AddSingleton<ReportChallenge>();
        services.AddSingleton<ReportLimits>();
        return services;
    }

    /// <summary>Maps the public read API, the reports and the label sheets.</summary>
    public static IEndpointRouteBuilder MapPublicSide(this IEndpointRouteBuilder app)
    {
        app.MapPublicReadEndpoints();
        app.MapCitizenReportEndpoints();
        app.MapLabelEndpoints();
        return app;
    }
}
