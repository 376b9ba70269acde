using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Orleans.Configuration;
using Waste.Grains;
using Waste.Grains.Bins;
using Waste.Grains.Planning;
using Waste.Grains.Rules;
using Waste.Grains.Zones;
using Waste.Host.Alerts;
using Waste.Host.Api;
using Waste.Host.Devices;
using Waste.Host.Ingest;
using Waste.Hub;
using Waste.Registry;
using Waste.Telemetry;
using Waste.Web;

namespace Waste.Host;

/// <summary>Builds the cloud process: Orleans silo, embedded MQTT hub and HTTP API in one ASP.NET Core host.</summary>
public static class WasteHost
{
    /// <summary>
    /// Creates the application from command-line arguments and configuration. <paramref name="eventTime"/> is the
    /// domain's clock (see <see cref="EventTime"/>): the system clock unless a test or simulation brings its own.
    /// </summary>
    public static WebApplication Create(string[] args, TimeProvider? eventTime = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddFilter("Orleans", LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter("Polly", LogLevel.Warning)
            .AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information)
            .AddConfiguredLogFile(builder.Configuration);
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var silo = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        OwnerOnly.Folder(storage.DataDirectory);

        builder.Services.AddKeyedSingleton(EventTime.ServiceKey, eventTime ?? TimeProvider.System);
        builder.Services.Configure<HubOptions>(builder.Configuration.GetSection(HubOptions.Section));
        builder.Services.Configure<DeviceRules>(builder.Configuration.GetSection(DeviceRules.Section));
        builder.Services.Configure<WasteDensities>(builder.Configuration.GetSection(WasteDensities.Section));
        builder.Services.Configure<PlanningOptions>(builder.Configuration.GetSection(PlanningOptions.Section));
        builder.Services.AddSingleton<IDeviceRegistry>(_ => JsonFileDeviceRegistry.OpenIn(storage.DataDirectory, watch: true));
        builder.Services.AddSingleton<HubMetrics>();
        builder.Services.AddSingleton<ITelemetryIngest, GrainTelemetryIngest>();
        builder.Services.AddSingleton<IDeviceTwins, GrainDeviceTwins>();
        builder.Services.AddGrainDevicePresence();
        builder.Services.AddSingleton<TelemetryPipeline>();
        builder.Services.AddSingleton<TwinRequests>();
        builder.Services.AddApiConventions();
        builder.Services.AddApiProblems();
        builder.Services.AddWasteMetrics(builder.Configuration);
        builder.AddWasteWeb();
        builder.Services.AddConfiguredReportStore(builder.Configuration, storage.ReportDatabasePath);

        builder.UseOrleans(orleans => orleans
            .UseConfiguredClustering(builder.Configuration, silo)
            .AddConfiguredGrainStorage(StorageNames.Devices, builder.Configuration, storage.GrainDatabasePath)
            .Configure<GrainCollectionOptions>(collection => CollectBinsAfter(collection, silo.BinIdleAge)));

        // Hosted services start in registration order: the hub opens to devices only once the silo is up.
        builder.Services.AddConfiguredHub(builder.Configuration, storage);
        builder.Services.AddHostedService<IngestReport>();
        builder.Services.AddHostedService<DeviceWatchKeeper>();
        builder.Services.AddSingleton<AlertFeed>();
        builder.Services.AddHostedService(services => services.GetRequiredService<AlertFeed>());

        var app = builder.Build();
        app.UseApiProblems();
        app.MapWasteWeb();
        app.UseEnumQueryValues();
        app.MapOpenApi();
        // Scalar would load its fonts from its CDN; the pages fetch nothing from elsewhere (and the CSP says so).
        app.MapScalarApiReference("/api/docs", scalar => scalar.DisableDefaultFonts());
        app.MapGet("/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
        app.MapDeviceEndpoints();
        app.MapTwinEndpoints();
        app.MapForecastEndpoints();
        app.MapAlertEndpoints();
        app.MapZoneEndpoints();
        app.MapFleetEndpoints();
        app.MapPlanEndpoints();
        app.MapClusterEndpoints();
        return app;
    }

    // Orleans looks for idle activations once a quantum (a minute): at least twice per bin idle age, so a short age
    // holds (and Orleans refuses an age that is not over its quantum).
    private static void CollectBinsAfter(GrainCollectionOptions collection, TimeSpan idleAge)
    {
        if (idleAge < TimeSpan.FromSeconds(2))
        {
            throw new InvalidOperationException($"Silo:BinIdleAge is {idleAge}; it must be at least two seconds");
        }

        collection.ClassSpecificCollectionAge[typeof(BinGrain).FullName!] = idleAge;
        if (collection.CollectionQuantum > idleAge / 2)
        {
            collection.CollectionQuantum = idleAge / 2;
        }
    }

    /// <summary>The hub's options as the host resolved them.</summary>
    public static HubOptions Hub(this WebApplication app) => app.Services.GetRequiredService<IOptions<HubOptions>>().Value;
}
