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
}
