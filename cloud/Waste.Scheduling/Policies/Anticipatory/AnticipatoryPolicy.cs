using Waste.Routing.Modelling;

namespace Waste.Scheduling.Policies.Anticipatory;

/// <summary>
/// Plans a rolling horizon of days each morning and drives its first day: every bin gets a window from when it is
/// worth a visit to when it is due (<see cref="BinWindow"/>), every truck a copy for each day (<see cref="HorizonDays"/>),
/// and one prize-collecting routing problem over the horizon chooses both the day of each bin and the routes. So a bin
/// goes on the day its neighbours go, a truck stays home on a day nothing needs it (its day's fixed cost is saved), the
/// trucks' work is spread over the days by their capacity and shifts, and a bin not due within the horizon is taken
/// along only where a route passes by. The next morning the horizon moves on a day and is planned again from fresher
/// readings, starting from the routes planned the day before.
/// </summary>
/// <remarks>
/// Ideas taken: Mes, Schutten and Pérez Rivera (2014), must-go and may-go bins over a rolling horizon; Wouda,
/// Aerts-Veenstra and van Foreest (2024), selection and routing in one prize-collecting VRPTW rather than selecting
/// first and routing second.
/// </remarks>
public sealed class AnticipatoryPolicy(AnticipatoryOptions options) : ICollectionPolicy
{
    /// <inheritdoc />
    public PolicyPlan Plan(PlanningDay day, IReadOnlyList<BinOutlook> bins)
    {
        var horizon = new HorizonDays(day.Day, options.HorizonDays, day.Calendar);
        var stops = new List<Stop>();
        var decisions = new List<BinDecision>();
        var dueAt = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        var firstMidShift = horizon.Start + (horizon.FirstDayEnd - horizon.Start) / 2;
        var mustGoBy = horizon.Shifts[Math.Clamp(options.MustGoDays, 1, horizon.Shifts.Count) - 1].End;
        foreach (var bin in bins)
        {
            var window = BinWindow.Of(bin, horizon.Start, options);
            var fill = bin.ExpectedPercentAt(firstMidShift);
            dueAt[bin.BinId] = window.Due;
            if (!window.IsDueBefore(horizon.End) && window.Release > horizon.End)
            {
                decisions.Add(new BinDecision(bin.BinId, BinVerdict.Waits, DecisionRule.NotDue, fill, window.Due));
                continue;
            }

            var within = window.Within(horizon.Shifts);
            var collectedAt = within.Start + (within.End - within.Start) / 2;
            var mandatory = window.IsDueBefore(mustGoBy);
            var dueLater = !mandatory && window.IsDueBefore(horizon.End);
            var prize = dueLater ? options.DueLaterPrizeKm : options.PassingByKm * bin.ExpectedPercentAt(collectedAt) / 100;
            stops.Add(bin.ToStop(collectedAt, mandatory, prize, Intersect(within, bin.AccessWindow)));
            decisions.Add(new BinDecision(bin.BinId, mandatory ? BinVerdict.MustGo : BinVerdict.MayGo, mandatory || dueLater ? DecisionRule.Due : DecisionRule.PassingBy, fill, window.Due));
        }

        var model = new RoutingModel { Depots = [day.Calendar.Depot], DisposalSites = horizon.Sites, Vehicles = horizon.Vehicles, Stops = stops };
        return new HorizonPlan(model, decisions, horizon, day, dueAt, options);
    }

    // A bin's access hours are given for the planned day: where they meet its window, it is kept to them (that day).
    private static TimeWindow Intersect(TimeWindow window, TimeWindow? access) => access is not { } hours ? window
        : new TimeWindow(window.Start > hours.Start ? window.Start : hours.Start, window.End < hours.End ? window.End : hours.End) is { IsValid: true } both ? both : window;
}
