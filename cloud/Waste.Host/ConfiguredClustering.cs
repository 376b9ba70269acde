using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Waste.Host;

/// <summary>
/// Joins the silo to the cluster that configuration names: <c>Cluster:Provider</c> = <c>Localhost</c> (the default:
/// one silo on loopback, the demo), <c>Redis</c> (<c>Cluster:Redis:ConnectionString</c>, Orleans' Redis membership
/// table) or <c>AzureStorage</c> (<c>Cluster:AzureStorage:ConnectionString</c> and optional <c>:TableName</c>, Orleans'
/// Azure Table membership table). With a shared table the silo advertises <c>Silo:AdvertisedAddress</c>, or the pod's
/// address when <c>Cluster:Kubernetes</c> is true (Orleans' Kubernetes hosting). <c>Cluster:Membership:*</c> binds
/// Orleans' failure-detection settings (<see cref="ClusterMembershipOptions"/>).
/// </summary>
public static class ConfiguredClustering
{
    /// <summary>The configuration section read here.</summary>
    public const string Section = "Cluster";

    /// <summary>Configures membership, endpoints and the cluster's ids.</summary>
    /// <exception cref="InvalidOperationException">The provider is unknown or its settings are incomplete.</exception>
    public static ISiloBuilder UseConfiguredClustering(this ISiloBuilder silo, IConfiguration configuration, SiloOptions options)
    {
        var cluster = configuration.GetSection(Section);
        var provider = cluster["Provider"] ?? "Localhost";
        switch (provider.ToUpperInvariant())
        {
            case "LOCALHOST":
                return silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            case "REDIS":
                var redis = ConfigurationOptions.Parse(Require(cluster, "Redis"));
                silo.UseRedisClustering(membership => membership.ConfigurationOptions = redis);
                break;
            case "AZURESTORAGE":
                var storage = Require(cluster, "AzureStorage");
                var table = cluster["AzureStorage:TableName"];
                silo.UseAzureStorageClustering(membership =>
                {
                    membership.TableServiceClient = new TableServiceClient(storage);
                    if (!string.IsNullOrWhiteSpace(table))
                    {
                        membership.TableName = table;
                    }
                });
                break;
            default:
                throw new InvalidOperationException($"{Section}:Provider is '{provider}'; it must be Localhost, Redis or AzureStorage");
        }

        silo.Configure<ClusterOptions>(ids =>
        {
            ids.ClusterId = options.ClusterId;
            ids.ServiceId = options.ServiceId;
        });
        silo.Services.Configure<ClusterMembershipOptions>(cluster.GetSection("Membership"));
        if (cluster.GetValue<bool>("Kubernetes"))
        {
            // The pod's name, address and labels take over (POD_NAME, POD_IP, ORLEANS_CLUSTER_ID, ORLEANS_SERVICE_ID):
            // see docs/deployment.md.
            silo.Configure<EndpointOptions>(endpoints =>
            {
                endpoints.SiloPort = options.SiloPort;
                endpoints.GatewayPort = options.GatewayPort;
            });
            return silo.UseKubernetesHosting();
        }

        var advertised = options.AdvertisedAddress is { Length: > 0 } address
            ? address
            : throw new InvalidOperationException(
                $"{Section}:Provider is {provider}: set {SiloOptions.Section}:AdvertisedAddress to the address the other silos reach this one at (or {Section}:Kubernetes to take the pod's)");
        return IPAddress.TryParse(advertised, out var ip)
            ? silo.ConfigureEndpoints(ip, options.SiloPort, options.GatewayPort, options.ListenOnAnyAddress)
            : silo.ConfigureEndpoints(advertised, options.SiloPort, options.GatewayPort, AddressFamily.InterNetwork, options.ListenOnAnyAddress);
    }

    private static string Require(IConfigurationSection cluster, string provider) =>
        cluster[$"{provider}:ConnectionString"] is { Length: > 0 } connectionString && !string.IsNullOrWhiteSpace(connectionString)
            ? connectionString
            : throw new InvalidOperationException($"{Section}:Provider is {provider} but {Section}:{provider}:ConnectionString is not set");
}
