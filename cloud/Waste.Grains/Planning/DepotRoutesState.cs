namespace Waste.Grains.Planning;

/// <summary>What a <see cref="DepotRoutesGrain"/> persists.</summary>
[GenerateSerializer]
public sealed class DepotRoutesState
{
    /// <summary>The day the routes were planned for.</summary>
    [Id(0)] public DateOnly Day { get; set; }

    /// <summary>The plan (System.Text.Json), or null before the first.</summary>
    [Id(1)] public string? PlanJson { get; set; }

    /// <summary>What the collection policy kept for the next morning (its own JSON), or null.</summary>
    [Id(2)] public string? PolicyMemory { get; set; }
}
