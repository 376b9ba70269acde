namespace Waste.Grains.Planning;

/// <summary>How the planner chooses the bins of a day. All use the same route optimiser; they differ in which bins
/// they send it, which is what the simulator compares.</summary>
public enum SelectionPolicy
{
    /// <summary>Ours: bins that would pass their threshold before the next possible visit are mandatory, those that
    /// would within the horizon optional with a penalty, the rest left for another day.</summary>
    Forecast,

    /// <summary>Every bin, every day: the fixed schedule most cities run.</summary>
    Daily,

    /// <summary>Every bin every second day (half of them each day).</summary>
    EveryOtherDay,

    /// <summary>The bins at or above the collection threshold when the day is planned.</summary>
    Threshold,

    /// <summary>Each bin its own fixed weekly pattern, tuned once on what its fill rate was after the warm-up: what a
    /// careful city runs without sensors.</summary>
    TunedStatic,

    /// <summary>A rolling horizon of days planned each morning as one prize-collecting routing problem: each bin on the
    /// day its neighbours go, before it is due; trucks stay home when nothing needs them; the first day is driven.</summary>
    Anticipatory,
}
