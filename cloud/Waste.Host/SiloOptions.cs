namespace Waste.Host;

/// <summary>How this silo finds its cluster. Ports are explicit and away from Orleans' defaults (11111, 30000) so a
/// demo does not collide with another Orleans application on the same machine.</summary>
public sealed class SiloOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Silo";

    /// <summary>Port for silo-to-silo traffic.</summary>
    public int SiloPort { get; set; } = 11211;

    /// <summary>Port for Orleans clients.</summary>
    public int GatewayPort { get; set; } = 30210;

    /// <summary>Cluster id: silos with the same id form one cluster.</summary>
    public string ClusterId { get; set; } = "waste-dev";

    /// <summary>Service id: stays the same across deployments, keys persisted state.</summary>
    public string ServiceId { get; set; } = "waste";

    /// <summary>The address (IP or host name) the other silos reach this one at, published in the membership table.
    /// Required with a shared membership table (<c>Cluster:Provider</c> Redis or AzureStorage) unless Kubernetes
    /// hosting gives the pod's; unused by Localhost clustering, which stays on loopback.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Listen on every interface instead of the advertised address alone: behind NAT or in a container,
    /// where the advertised address is not one of the machine's own.</summary>
    public bool ListenOnAnyAddress { get; set; }

    /// <summary>How long a bin's grain stays in memory after its last call. A bin reporting more often stays resident
    /// (each reading then costs no state read); a fleet too large for memory sets it under the bins' cadence, so only
    /// recently reporting bins are resident (see cloud/README.md, Ingest benchmark). Silence is watched either way.</summary>
    public TimeSpan BinIdleAge { get; set; } = TimeSpan.FromHours(2);
}
