namespace Waste.Grains.Planning;

/// <summary>What crews reported on a depot's day, kept apart from the plan so that each report writes only itself and
/// the others, never the whole plan again.</summary>
[GenerateSerializer]
public sealed class CrewReportsState
{
    /// <summary>What crews have reported, by bin.</summary>
    [Id(0)] public Dictionary<string, StopReport> Reports { get; set; } = [];
}
