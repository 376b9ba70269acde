namespace Waste.Grains.Planning;

/// <summary>What the fleet grain persists.</summary>
[GenerateSerializer]
public sealed class FleetState
{
    /// <summary>The fleet.</summary>
    [Id(0)] public FleetConfiguration Fleet { get; set; } = new();
}
