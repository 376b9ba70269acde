namespace Waste.Grains.Devices;

/// <summary>What a twin grain persists.</summary>
[GenerateSerializer]
public sealed class DeviceTwinState
{
    /// <summary>The twin.</summary>
    [Id(0)] public DeviceTwin Twin { get; set; } = new();
}
