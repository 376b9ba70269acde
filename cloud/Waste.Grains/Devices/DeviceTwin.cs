namespace Waste.Grains.Devices;

/// <summary>A device's twin as IoT Hub shapes it: desired properties (set by the cloud: the device's configuration)
/// and reported properties (set by the device), each a JSON object with its own version.</summary>
[GenerateSerializer, Immutable]
public sealed record DeviceTwin
{
    /// <summary>Desired properties, a JSON object without <c>$version</c>.</summary>
    [Id(0)] public string Desired { get; init; } = "{}";

    /// <summary>Version of the desired properties; every change adds one.</summary>
    [Id(1)] public long DesiredVersion { get; init; } = 1;

    /// <summary>Reported properties, a JSON object without <c>$version</c>.</summary>
    [Id(2)] public string Reported { get; init; } = "{}";

    /// <summary>Version of the reported properties; every change adds one.</summary>
    [Id(3)] public long ReportedVersion { get; init; } = 1;

    /// <summary>When the desired properties last changed.</summary>
    [Id(4)] public DateTimeOffset? DesiredUpdatedAt { get; init; }

    /// <summary>When the device last reported.</summary>
    [Id(5)] public DateTimeOffset? ReportedUpdatedAt { get; init; }
}
