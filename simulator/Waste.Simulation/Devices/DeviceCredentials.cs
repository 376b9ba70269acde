namespace Waste.Simulation.Devices;

/// <summary>What a device is provisioned with: its id, its key, and the hub it talks to.</summary>
public sealed record DeviceCredentials(string DeviceId, string Base64Key, HubAddress Hub)
{
    /// <summary>Redacts the key.</summary>
    public override string ToString() => $"{DeviceId} @ {Hub.HostName} ({Hub.BrokerHost}:{Hub.BrokerPort})";
}
