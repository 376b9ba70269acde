using Waste.Routing.Modelling;

namespace Waste.Scheduling;

/// <summary>
/// What a policy hands the optimiser: the routing model, each bin's decision before the routes are known, and what the
/// policy wants kept for its next plan. A model of one day reads its solved routes back as they are: an optional stop
/// the routes left out waits, a mandatory one no truck could take is named.
/// </summary>
public class PolicyPlan(RoutingModel model, IReadOnlyList<BinDecision> decisions, string? memory = null)
{
    /// <summary>The model the optimiser solves.</summary>
    public RoutingModel Model { get; } = model;

    /// <summary>Each bin's decision before routing.</summary>
    public IReadOnlyList<BinDecision> Decisions { get; } = decisions;

    /// <summary>What the policy keeps for the depot's next plan (JSON), or null.</summary>
    public string? Memory { get; } = memory;

    /// <summary>The routes the optimiser starts from, made from the depot's <paramref name="usual"/> routes (the last
    /// morning's plan), or null to start afresh.</summary>
    public virtual RoutePlan? StartFrom(RoutePlan? usual) => usual;

    /// <summary>The day's plan from the optimiser's <paramref name="solved"/> routes for <see cref="Model"/>.</summary>
    public virtual ChosenDay Choose(RoutePlan solved)
    {
        var unserved = solved.Unserved.ToDictionary(u => u.StopId, StringComparer.Ordinal);
        var mandatory = Model.Stops.Where(s => s.Mandatory).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var decisions = Decisions.Select(d => !unserved.ContainsKey(d.BinId) ? d
            : mandatory.Contains(d.BinId) ? d with { Rule = DecisionRule.NoTruck }
            : d with { Verdict = BinVerdict.Waits }).ToList();
        return new ChosenDay(Model, solved, decisions);
    }
}
