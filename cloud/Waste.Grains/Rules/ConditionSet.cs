using Waste.Grains.Alerts;

namespace Waste.Grains.Rules;

/// <summary>The alert conditions a device shows now, so the grain raises an alert when one starts and clears it when
/// it ends, once each.</summary>
[GenerateSerializer]
public sealed class ConditionSet
{
    [Id(0)] private HashSet<AlertKind> _active = [];

    /// <summary>The conditions active now.</summary>
    public IReadOnlyCollection<AlertKind> Active => _active;

    /// <summary>True when <paramref name="kind"/> is active.</summary>
    public bool IsActive(AlertKind kind) => _active.Contains(kind);

    /// <summary>Records whether <paramref name="kind"/> holds now; returns what changed.</summary>
    public ConditionChange Set(AlertKind kind, bool holds) =>
        holds ? (_active.Add(kind) ? ConditionChange.Started : ConditionChange.None)
              : (_active.Remove(kind) ? ConditionChange.Ended : ConditionChange.None);
}

/// <summary>What happened to a condition.</summary>
public enum ConditionChange
{
    /// <summary>No change.</summary>
    None,

    /// <summary>It began: raise an alert.</summary>
    Started,

    /// <summary>It ended: clear the alert.</summary>
    Ended,
}
