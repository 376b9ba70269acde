namespace Waste.Grains.Devices;

/// <summary>What became of a twin patch: the new version, or why it was refused.</summary>
[GenerateSerializer, Immutable]
public sealed record TwinPatchResult
{
    /// <summary>The properties' version after the patch; 0 when refused.</summary>
    [Id(0)] public long Version { get; init; }

    /// <summary>Why the patch was refused; null when applied.</summary>
    [Id(1)] public string? Error { get; init; }

    /// <summary>True when applied.</summary>
    public bool Applied => Error is null;

    /// <summary>An applied patch.</summary>
    public static TwinPatchResult AppliedAt(long version) => new() { Version = version };

    /// <summary>A refused patch.</summary>
    public static TwinPatchResult Refused(string error) => new() { Error = error };
}
