using Waste.Routing.Checking;
using Waste.Routing.Instances;
using Waste.Routing.Solving;

namespace Waste.Routing.Bench;

/// <summary>A CVRPLIB, CMT or Solomon instance: node k of the problem is customer k of the instance.</summary>
public sealed class CvrpBenchmarkInstance(CvrpInstance instance) : BenchmarkInstance
{
    /// <inheritdoc />
    public override string Name => instance.Name;

    /// <inheritdoc />
    public override int Customers => instance.CustomerCount;

    /// <inheritdoc />
    public override int Decimals => instance.Convention.Decimals();

    /// <inheritdoc />
    public override string Convention => instance.Convention == CostConvention.RoundedEuclidean
        ? "rounded edges (nint), integer cost"
        : "real edges, cost at 2 decimals";

    /// <inheritdoc />
    public override ProblemData Problem { get; } = CvrpProblem.From(instance);

    /// <inheritdoc />
    public override CheckedSolution WriteAndCheck(SolverResult result, string path)
    {
        var routes = result.Routes.Select(r => r.Clients).Where(r => r.Length > 0).ToList();
        var cost = CvrpSolutionChecker.Check(instance, routes).Cost;
        using (var writer = new StreamWriter(path))
        {
            new CvrplibSolution(routes, instance.Convention.Reported(cost)).Write(writer, Decimals);
        }

        var written = CvrplibSolution.Read(path);
        var check = CvrpSolutionChecker.Check(instance, written.Routes);
        return new CheckedSolution(instance.Convention.Reported(check.Cost), check.Violations, written.Routes.Count(r => r.Length > 0));
    }
}
