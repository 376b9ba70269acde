using Waste.Hub;
using Waste.Hub.External;

namespace Waste.Host;

/// <summary>
/// Registers the hub that configuration names: <c>Hub:Mode</c> = <c>Embedded</c> (the default: an MQTTnet broker
/// inside this process, devices speak IoT Hub's protocol to it) or <c>External</c> (devices connect to a Mosquitto
/// shared by every silo, in the shared-broker dialect; <c>Hub:External:*</c>, see <see cref="ExternalBrokerOptions"/>).
/// Either way the hub starts after the silo, so it opens to devices only once grains can take their messages.
/// </summary>
public static class ConfiguredHub
{
    /// <summary>The key that chooses the mode.</summary>
    public const string ModeKey = "Hub:Mode";

    /// <summary>Adds the configured hub as a hosted service, and as itself for whoever needs it.</summary>
    /// <exception cref="InvalidOperationException">The mode is unknown.</exception>
    public static IServiceCollection AddConfiguredHub(this IServiceCollection services, IConfiguration configuration)
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
            default:
                throw new InvalidOperationException($"{ModeKey} is '{mode}'; it must be Embedded or External");
        }

        return services;
    }
}
