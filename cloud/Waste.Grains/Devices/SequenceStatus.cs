namespace Waste.Grains.Devices;

/// <summary>A device's sequence window as the API and the admin page show it: where it stands, what it holds, and the
/// readings it refused as too old (a device whose numbers went back, after a wipe or a replacement, shows here and
/// is mended by resetting its window).</summary>
[GenerateSerializer, Immutable]
public sealed record SequenceStatus
{
    /// <summary>The highest sequence number taken, -1 before the first.</summary>
    [Id(0)] public long Highest { get; init; }

    /// <summary>A number far ahead of the window, held until the device's next reading confirms or refutes it.</summary>
    [Id(1)] public long? HeldSequence { get; init; }

    /// <summary>Readings refused as older than the window.</summary>
    [Id(2)] public long TooOld { get; init; }

    /// <summary>When one was last refused as too old.</summary>
    [Id(3)] public DateTimeOffset? LastTooOldAt { get; init; }

    /// <summary>Held numbers refused because the device's next reading did not follow them.</summary>
    [Id(4)] public long Jumps { get; init; }

    /// <summary>An administrator reset the window; it restarts with the device's next message.</summary>
    [Id(5)] public bool ResetPending { get; init; }
}
