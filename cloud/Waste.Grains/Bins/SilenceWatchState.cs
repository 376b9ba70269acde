namespace Waste.Grains.Bins;

/// <summary>What a ward's silence watch persists: when each of its bins would become offline.</summary>
[GenerateSerializer]
public sealed class SilenceWatchState
{
    /// <summary>Deadline by bin id.</summary>
    [Id(0)] public Dictionary<string, DateTimeOffset> Due { get; set; } = new(StringComparer.Ordinal);
}
