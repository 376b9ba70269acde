using Waste.Routing.Modelling;

namespace Waste.Scheduling.Policies;

/// <summary>A day of a policy that takes bins by a rule of its own and sends every one it takes as mandatory, with the
/// load expected at mid-shift.</summary>
internal static class ScheduledDay
{
    public static PolicyPlan Plan(PlanningDay day, IReadOnlyList<BinOutlook> bins, Func<BinOutlook, bool> taken, DecisionRule takenRule, DecisionRule leftRule)
    {
        var shifts = day.Shifts;
        var midShift = shifts.Start + (shifts.End - shifts.Start) / 2;
        var stops = new List<Stop>();
        var decisions = new List<BinDecision>();
        foreach (var bin in bins)
        {
            var fill = bin.ExpectedPercentAt(midShift);
            if (taken(bin))
            {
                stops.Add(bin.ToStop(midShift, mandatory: true));
                decisions.Add(new BinDecision(bin.BinId, BinVerdict.MustGo, takenRule, fill));
            }
            else
            {
                decisions.Add(new BinDecision(bin.BinId, BinVerdict.Waits, leftRule, fill));
            }
        }

        return new PolicyPlan(DayModel.Of(day, stops), decisions);
    }
}
