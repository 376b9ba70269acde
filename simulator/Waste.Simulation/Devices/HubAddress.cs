namespace Waste.Simulation.Devices;

/// <summary>Where devices find the hub: the host name their tokens name, and the MQTT broker's address.</summary>
public sealed record HubAddress(string HostName, string BrokerHost, int BrokerPort);
