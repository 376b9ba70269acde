namespace Waste.Grains.Citizens;

/// <summary>What a device's report grain persists: its most recent reports, oldest first.</summary>
[GenerateSerializer]
public sealed class CitizenReportsState
{
    /// <summary>Reports, oldest first, at most <see cref="CitizenReportsGrain.MaxKept"/>.</summary>
    [Id(0)] public List<CitizenReport> Reports { get; set; } = [];
}
