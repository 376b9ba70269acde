namespace Waste.Routing.Planning;

/// <summary>What the planner does with a bin today.</summary>
public enum StopDecision
{
    /// <summary>Collect: it would pass its threshold before the next possible visit.</summary>
    Mandatory,

    /// <summary>Collect if it is worth it: it would pass its threshold within the horizon; leaving it costs a penalty.</summary>
    Optional,

    /// <summary>Not today: it will not pass its threshold within the horizon.</summary>
    LeftOut,
}

/// <summary>The decision for one bin, with the reason and, for an optional stop, what leaving it out costs.</summary>
/// <param name="Forecast">The bin's forecast.</param>
/// <param name="Decision">Mandatory, optional or left out.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="SkipPenalty">Cost of leaving an optional stop out (0 otherwise).</param>
public sealed record StopChoice(BinForecast Forecast, StopDecision Decision, string Reason, double SkipPenalty);

/// <summary>A forecast the planner could not use, and why.</summary>
/// <param name="BinId">The bin.</param>
/// <param name="Reason">What is wrong with its forecast.</param>
public sealed record RejectedForecast(string BinId, string Reason);

/// <summary>The decisions for every bin, and the forecasts that could not be used.</summary>
/// <param name="Choices">One decision per usable forecast.</param>
/// <param name="Rejected">Forecasts refused, each with a reason.</param>
public sealed record StopSelection(IReadOnlyList<StopChoice> Choices, IReadOnlyList<RejectedForecast> Rejected)
{
    /// <summary>The bins to route today (mandatory and optional).</summary>
    public IEnumerable<StopChoice> ToRoute => Choices.Where(c => c.Decision != StopDecision.LeftOut);
}
