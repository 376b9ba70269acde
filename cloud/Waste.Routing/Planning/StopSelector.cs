namespace Waste.Routing.Planning;

/// <summary>
/// Chooses today's stops from bin forecasts, on the pessimistic side of each forecast's uncertainty band: mandatory if
/// the bin could pass its threshold before the next possible visit, optional if it could pass it within the horizon
/// (penalty growing with urgency: the earlier it may pass, the more leaving it costs), left out otherwise.
/// </summary>
public static class StopSelector
{
    private const double MinimumUrgency = 0.05;

    /// <summary>Decides for every forecast; unusable forecasts are rejected with the reason.</summary>
    public static StopSelection Choose(IEnumerable<BinForecast> forecasts, PlanningWindow window)
    {
        if (window.HorizonEnd < window.NextPossibleVisit || !double.IsFinite(window.OverflowPenalty) || window.OverflowPenalty < 0)
        {
            throw new ArgumentException("the horizon must end after the next possible visit, and the penalty be a positive number", nameof(window));
        }

        var choices = new List<StopChoice>();
        var rejected = new List<RejectedForecast>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var forecast in forecasts)
        {
            var problem = Problem(forecast, seen);
            if (problem is not null)
            {
                rejected.Add(new RejectedForecast(forecast.BinId, problem));
                continue;
            }

            choices.Add(Decide(forecast, window));
        }

        return new StopSelection(choices, rejected);
    }

    private static StopChoice Decide(BinForecast forecast, PlanningWindow window)
    {
        var earliestThreshold = forecast.ThresholdAt - forecast.Uncertainty;
        if (earliestThreshold <= window.NextPossibleVisit)
        {
            return new StopChoice(forecast, StopDecision.Mandatory, $"may pass its threshold at {earliestThreshold:yyyy-MM-dd HH:mm}, before the next possible visit", 0);
        }

        if (earliestThreshold <= window.HorizonEnd)
        {
            var span = (window.HorizonEnd - window.NextPossibleVisit).TotalSeconds;
            var slack = span <= 0 ? 0 : (earliestThreshold - window.NextPossibleVisit).TotalSeconds / span;
            var urgency = Math.Max(MinimumUrgency, 1 - slack);
            return new StopChoice(forecast, StopDecision.Optional, $"may pass its threshold at {earliestThreshold:yyyy-MM-dd HH:mm}, within the horizon", window.OverflowPenalty * urgency);
        }

        return new StopChoice(forecast, StopDecision.LeftOut, "will not pass its threshold within the horizon", 0);
    }

    private static string? Problem(BinForecast forecast, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(forecast.BinId))
        {
            return "no bin id";
        }

        if (!seen.Add(forecast.BinId))
        {
            return "a second forecast for the same bin";
        }

        if (!forecast.Location.IsValid)
        {
            return "location is not a valid latitude and longitude";
        }

        if (!forecast.ExpectedLoad.IsValid)
        {
            return "expected load is negative or not a number";
        }

        if (forecast.Uncertainty < TimeSpan.Zero || forecast.ServiceTime < TimeSpan.Zero)
        {
            return "negative uncertainty or service time";
        }

        if (forecast.FullAt < forecast.ThresholdAt)
        {
            return "forecast to be full before it passes its threshold";
        }

        return forecast.AccessWindow is { IsValid: false } ? "access window closes before it opens" : null;
    }
}
