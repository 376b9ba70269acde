namespace Waste.Scheduling;

/// <summary>What a plan does with a bin on the day planned.</summary>
public enum BinVerdict
{
    /// <summary>In the day's plan, and it must be emptied.</summary>
    MustGo,

    /// <summary>In the day's plan because emptying it now costs less than its penalty: a truck passes by.</summary>
    MayGo,

    /// <summary>Not this day.</summary>
    Waits,

    /// <summary>The policy could not consider it (no forecast yet, a forecast it cannot use).</summary>
    NotConsidered,
}
