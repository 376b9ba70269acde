using Waste.Routing.Checking;
using Waste.Routing.Instances;
using Waste.Routing.Solving;

namespace Waste.Routing.Bench;

/// <summary>A Kim instance: distance (miles) is the cost, with the fleet the best-known table gives, or a generous
/// bound when it gives none.</summary>
public sealed class KimBenchmarkInstance : BenchmarkInstance
{
    private readonly KimProblem _problem;
    private readonly int? _fleet;

    /// <summary>Prepares <paramref name="instance"/> for <paramref name="fleet"/> trucks (null: a bound that never binds
    /// in practice, 1.3 times the trucks the day's volume and stop limits need, plus 3).</summary>
    public KimBenchmarkInstance(KimInstance instance, int? fleet)
    {
        _fleet = fleet;
        var needed = Math.Max(Math.Ceiling(instance.Stops.Sum(s => s.Load) / instance.DailyVolume), Math.Ceiling((double)instance.Stops.Count / instance.MaxStops));
        _problem = new KimProblem(instance, fleet ?? (int)Math.Ceiling(1.3 * needed) + 3);
    }

    /// <inheritdoc />
    public override string Name => _problem.Instance.Name;

    /// <inheritdoc />
    public override int Customers => _problem.Instance.Stops.Count;

    /// <inheritdoc />
    public override int Decimals => 2;

    /// <inheritdoc />
    public override string Convention => $"Kim et al. (2006) rules, distance in miles (Manhattan), {(_fleet is { } f ? $"fleet {f} (the best-known table's)" : $"fleet up to {_problem.Fleet}")}";

    /// <inheritdoc />
    public override ProblemData Problem => _problem.Data;

    /// <inheritdoc />
    public override CheckedSolution WriteAndCheck(SolverResult result, string path)
    {
        var routes = result.Routes.Where(r => r.Clients.Length > 0).Select(r => _problem.Visits(r.Clients)).ToList();
        var first = KimSolutionChecker.Check(_problem.Instance, new KimSolution(routes, null), _fleet);
        using (var writer = new StreamWriter(path))
        {
            new KimSolution(routes, first.Miles).Write(writer);
        }

        var check = KimSolutionChecker.Check(_problem.Instance, KimSolution.Read(path), _fleet);
        return new CheckedSolution(Math.Round(check.Miles, 2, MidpointRounding.AwayFromZero), check.Violations, check.Trucks);
    }
}
