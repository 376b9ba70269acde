namespace Waste.Scheduling;

/// <summary>The rule behind a <see cref="BinDecision"/>, so that a page can word it in its reader's language.</summary>
public enum DecisionRule
{
    /// <summary>Every bin, every day.</summary>
    EveryDay,

    /// <summary>Its turn in a fixed schedule (every N days, or its weekly pattern).</summary>
    Scheduled,

    /// <summary>Not its turn in a fixed schedule.</summary>
    NotScheduled,

    /// <summary>At or above the collection threshold when the day was planned.</summary>
    AtThreshold,

    /// <summary>Below the collection threshold when the day was planned.</summary>
    BelowThreshold,

    /// <summary>Could pass the threshold (or overflow) before a later visit could empty it: due (see <see cref="BinDecision.DueAt"/>).</summary>
    Due,

    /// <summary>Not due yet, and taken along because a truck passes by at little cost.</summary>
    PassingBy,

    /// <summary>Planned for a later day of the horizon (see <see cref="BinDecision.PlannedFor"/>), with its neighbours.</summary>
    PlannedLater,

    /// <summary>Not due within the horizon: not worth a visit yet.</summary>
    NotDue,

    /// <summary>The optimiser found no truck able to take it (capacity, shifts).</summary>
    NoTruck,

    /// <summary>No usable forecast: no fill reading yet, or a forecast the planner refused.</summary>
    NoForecast,
}
