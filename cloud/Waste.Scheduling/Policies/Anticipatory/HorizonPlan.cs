using Waste.Routing.Modelling;

namespace Waste.Scheduling.Policies.Anticipatory;

/// <summary>
/// A horizon's solved routes read back as the first day's plan: the first day's trucks and sites under their own names,
/// the stops on their routes, and why every other bin waits (planned for a later day, or not due within the horizon).
/// In the day's own model a bin is mandatory only if it cannot wait for the next day; the others keep a prize, so a
/// re-plan after a breakdown may leave them for tomorrow.
/// </summary>
internal sealed class HorizonPlan(
    RoutingModel model, IReadOnlyList<BinDecision> decisions, HorizonDays horizon, PlanningDay day,
    IReadOnlyDictionary<string, DateTimeOffset?> dueAt, AnticipatoryOptions options) : PolicyPlan(model, decisions)
{
    /// <inheritdoc />
    /// <remarks>Routes planned the day before under this policy name each truck by day, and those of its days still in
    /// the horizon are taken as they are; a plan of another policy (a single day's trucks under their own names, as
    /// after the warm-up) is taken as the first day's.</remarks>
    public override RoutePlan? StartFrom(RoutePlan? usual) => usual is null ? null : usual with
    {
        Routes = [.. usual.Routes.Select(r => HorizonDays.Parse(r.VehicleId).Day is null ? r with { VehicleId = HorizonDays.Name(r.VehicleId, horizon.Days[0]) } : r)],
    };

    /// <inheritdoc />
    public override ChosenDay Choose(RoutePlan solved)
    {
        var first = horizon.Days[0];
        var nextVisit = day.NextPossibleVisit;
        var dayOf = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var today = new List<VehicleRoute>();
        foreach (var route in solved.Routes)
        {
            var (truck, routeDay) = HorizonDays.Parse(route.VehicleId);
            foreach (var visit in route.Visits.Where(v => v.Kind == VisitKind.Stop))
            {
                dayOf[visit.Id] = routeDay ?? first;
            }

            if (routeDay == first)
            {
                today.Add(route with
                {
                    VehicleId = truck,
                    Visits = [.. route.Visits.Select(v => v.Kind == VisitKind.Disposal ? v with { Id = HorizonDays.Parse(v.Id).Id } : v)],
                });
            }
        }

        bool MustGoToday(string bin) => dueAt.GetValueOrDefault(bin) is { } due && due < nextVisit;
        var stopsToday = Model.Stops
            .Where(s => dayOf.GetValueOrDefault(s.Id) == first && dayOf.ContainsKey(s.Id) || (!dayOf.ContainsKey(s.Id) && MustGoToday(s.Id)))
            .Select(s => MustGoToday(s.Id) ? s with { Mandatory = true, SkipPenalty = 0 }
                : s with { Mandatory = false, SkipPenalty = s.Mandatory ? Math.Max(s.SkipPenalty, options.PassingByKm) : s.SkipPenalty })
            .ToList();
        var vehicles = day.Calendar.VehiclesOn(first);
        var dayModel = new RoutingModel { Depots = Model.Depots, DisposalSites = day.Calendar.SitesOn(first), Vehicles = vehicles, Stops = stopsToday };
        var costPerKm = vehicles.ToDictionary(v => v.Id, v => v.CostPerKm, StringComparer.Ordinal);
        var fixedCost = vehicles.ToDictionary(v => v.Id, v => v.FixedCost, StringComparer.Ordinal);
        var unservedToday = stopsToday.Where(s => s.Mandatory && !dayOf.ContainsKey(s.Id)).ToList();
        var dayPlan = new RoutePlan
        {
            Routes = today,
            Unserved = [.. unservedToday.Select(s => new UnservedStop(s.Id, solved.Unserved.FirstOrDefault(u => u.StopId == s.Id)?.Reason ?? "no truck could take it"))],
            Cost = today.Sum(r => r.DistanceKm * costPerKm.GetValueOrDefault(r.VehicleId, 1) + fixedCost.GetValueOrDefault(r.VehicleId)),
            IsFeasible = solved.IsFeasible,
        };

        var final = Decisions.Select(d =>
        {
            if (d.Verdict == BinVerdict.Waits || d.Verdict == BinVerdict.NotConsidered)
            {
                return d;
            }

            if (!dayOf.TryGetValue(d.BinId, out var planned))
            {
                return MustGoToday(d.BinId) ? d with { Verdict = BinVerdict.MustGo, Rule = DecisionRule.NoTruck }
                    : d.Verdict == BinVerdict.MustGo || d.Rule == DecisionRule.Due ? d with { Verdict = BinVerdict.Waits, Rule = DecisionRule.NoTruck }
                    : d with { Verdict = BinVerdict.Waits, Rule = DecisionRule.NotDue };
            }

            return planned != first ? d with { Verdict = BinVerdict.Waits, Rule = DecisionRule.PlannedLater, PlannedFor = planned }
                : MustGoToday(d.BinId) ? d with { Verdict = BinVerdict.MustGo, Rule = DecisionRule.Due }
                : d with { Verdict = BinVerdict.MayGo };
        }).ToList();
        return new ChosenDay(dayModel, dayPlan, final);
    }
}
