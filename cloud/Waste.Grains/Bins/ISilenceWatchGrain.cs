namespace Waste.Grains.Bins;

/// <summary>
/// Watches a share of one ward's bins for silence, so a bin's grain need not stay in memory between its readings: each
/// bin tells its watch when it would become offline, and the watch wakes it then. Persisted, so the deadlines outlive a
/// silo. Keyed by <see cref="SilenceWatchKey"/>.
/// </summary>
public interface ISilenceWatchGrain : IGrainWithStringKey
{
    /// <summary>Wakes bin <paramref name="deviceId"/> at <paramref name="due"/> (replacing its earlier deadline); returns
    /// once the deadline is durable.</summary>
    Task Watch(string deviceId, DateTimeOffset due);

    /// <summary>Activates the watch so its clock runs again (after a silo start or a silo's death); does nothing else.</summary>
    Task Wake();

    /// <summary>Called by the watch's own event-time timer: asks every bin whose deadline has passed whether it is
    /// silent, and watches for the deadline each answers with.</summary>
    Task CheckDue();

    /// <summary>Bins watched and their deadlines.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> Deadlines();
}
