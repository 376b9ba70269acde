namespace Waste.Grains.Devices;

/// <summary>
/// How the cloud reaches a connected device, in a form that outlives the silo that learnt it, so a session grain
/// that moves to another silo (its silo died, or it was deactivated) still reaches its device. Either any silo's
/// bridge to a shared broker reaches it (<see cref="SharedBrokerGroup"/>: every bridge of the group publishes on the
/// same broker), or one hub holds its connection (<see cref="HubLink"/>, an embedded hub on <see cref="HubSilo"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeviceRoute
{
    /// <summary>The shared-subscription group of the broker the device is connected to, when any silo's bridge in
    /// that group reaches it; null when one hub holds the connection.</summary>
    [Id(0)] public string? SharedBrokerGroup { get; init; }

    /// <summary>The grain id of the link (an observer) of the one hub holding the connection; null on a shared broker.</summary>
    [Id(1)] public string? HubLink { get; init; }

    /// <summary>The silo that hub runs on, as <c>SiloAddress.ToParsableString()</c>: when that silo is gone, so is
    /// the connection.</summary>
    [Id(2)] public string? HubSilo { get; init; }

    /// <summary>The device is connected to the shared broker whose bridges form <paramref name="group"/>.</summary>
    public static DeviceRoute ThroughSharedBroker(string group) => new() { SharedBrokerGroup = group };

    /// <summary>The device is connected to the hub reached through <paramref name="link"/>, on <paramref name="silo"/>.</summary>
    public static DeviceRoute ThroughHub(GrainId link, SiloAddress silo) =>
        new() { HubLink = link.ToString(), HubSilo = silo.ToParsableString() };
}
