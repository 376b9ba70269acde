using Waste.Routing.Modelling;
using Waste.Routing.Planning;

namespace Waste.Scheduling.Policies;

/// <summary>
/// One day ahead on the forecasts (<see cref="StopSelector"/>): a bin that could pass its threshold before the next
/// day's shifts begin is mandatory, one that could within a day after that optional with a penalty growing with its
/// urgency, the rest wait. Loads are those expected at mid-shift.
/// </summary>
public sealed class ForecastPolicy : ICollectionPolicy
{
    /// <summary>How far past the next possible visit a bin may be taken along if a route passes by.</summary>
    public static readonly TimeSpan OptionalHorizon = TimeSpan.FromDays(1);

    /// <inheritdoc />
    public PolicyPlan Plan(PlanningDay day, IReadOnlyList<BinOutlook> bins)
    {
        var shifts = day.Shifts;
        var midShift = shifts.Start + (shifts.End - shifts.Start) / 2;
        var far = shifts.Start + TimeSpan.FromDays(365);
        var outlook = bins.ToDictionary(b => b.BinId, StringComparer.Ordinal);
        var forecasts = bins.Select(bin =>
        {
            var threshold = bin.Projection.TimeToReach(day.ThresholdPercent);
            var full = bin.Projection.TimeToReach(100);
            return new BinForecast
            {
                BinId = bin.BinId,
                Location = bin.Location,
                Stream = bin.Stream,
                ExpectedLoad = bin.LoadAt(midShift),
                ThresholdAt = threshold.Expected ?? far,
                FullAt = full.Expected ?? far,
                Uncertainty = threshold.Expected is { } expected && threshold.Soonest is { } soonest ? expected - soonest : TimeSpan.Zero,
                ServiceTime = bin.ServiceTime,
                AccessWindow = bin.AccessWindow,
            };
        });
        var selection = StopSelector.Choose(forecasts, new PlanningWindow(day.NextPossibleVisit, day.NextPossibleVisit + OptionalHorizon, day.OverflowPenalty));
        var decisions = new List<BinDecision>();
        foreach (var choice in selection.Choices)
        {
            var bin = outlook[choice.Forecast.BinId];
            var fill = bin.ExpectedPercentAt(midShift);
            var due = choice.Forecast.ThresholdAt - choice.Forecast.Uncertainty;
            switch (choice.Decision)
            {
                case StopDecision.Mandatory:
                    decisions.Add(new BinDecision(bin.BinId, BinVerdict.MustGo, DecisionRule.Due, fill, due));
                    break;
                case StopDecision.Optional:
                    decisions.Add(new BinDecision(bin.BinId, BinVerdict.MayGo, DecisionRule.PassingBy, fill, due));
                    break;
                default:
                    decisions.Add(new BinDecision(bin.BinId, BinVerdict.Waits, DecisionRule.NotDue, fill));
                    break;
            }
        }

        decisions.AddRange(selection.Rejected.Select(r => new BinDecision(r.BinId, BinVerdict.NotConsidered, DecisionRule.NoForecast)));
        var fleet = new Fleet([day.Calendar.Depot], day.Calendar.SitesOn(day.Day), day.Calendar.VehiclesOn(day.Day));
        return new PolicyPlan(CollectionPlanner.BuildModel(selection, fleet), decisions);
    }
}
