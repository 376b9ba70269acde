using Waste.Hub;
using Waste.Hub.External;
using Waste.Ingest.EventHubs;

namespace Waste.Host;

/// <summary>
/// Registers the hub that configuration names: <c>Hub:Mode</c> = <c>Embedded</c> (the default: an MQTTnet broker
/// inside this process, devices speak IoT Hub's protocol to it) or <c>External</c> (devices connect to a Mosquitto
/// shared by every silo, in the shared-broker dialect; <c>Hub:External:*</c>, see <see cref="ExternalBrokerOptions"/>)
/// or <c>AzureIotHub</c> (devices connect to Azure IoT Hub; the cloud reads their telemetry from its Event
/// Hubs-compatible endpoint, <c>Hub:AzureIotHub:*</c>, see <see cref="IotHubIngestOptions"/>; twins, cloud-to-device
/// messages and direct methods then reach no device). Whichever it is starts after the silo, so it takes messages
/// only once grains can.
/// </summary>
public static class ConfiguredHub
{
    /// <summary>The key that chooses the mode.</summary>
    public const string ModeKey = "Hub:Mode";

    /// <summary>Adds the configured hub as a hosted service, and as itself for whoever needs it.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="storage">Where the Azure IoT Hub reader keeps its checkpoints when they go to SQLite.</param>
    /// <exception cref="InvalidOperationException">The mode is unknown, or its settings are incomplete.</exception>
    public static IServiceCollection AddConfiguredHub(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        var mode = configuration[ModeKey] ?? "Embedded";
        switch (mode.ToUpperInvariant())
        {
            case "EMBEDDED":
                services.AddSingleton<EmbeddedHub>();
                services.AddHostedService(provider => provider.GetRequiredService<EmbeddedHub>());
                break;
            case "EXTERNAL":
                services.Configure<ExternalBrokerOptions>(configuration.GetSection(ExternalBrokerOptions.Section));
                services.AddSingleton<ExternalBrokerBridge>();
                services.AddHostedService(provider => provider.GetRequiredService<ExternalBrokerBridge>());
                break;
            case "AZUREIOTHUB":
                services.AddAzureIotHubIngest(configuration, storage.CheckpointDatabasePath);
                break;
            default:
                throw new InvalidOperationException($"{ModeKey} is '{mode}'; it must be Embedded, External or AzureIotHub");
        }

        return services;
    }
}
