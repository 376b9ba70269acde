using Waste.Routing.Checking;
using Waste.Routing.Instances;
using Waste.Routing.Solving;

namespace Waste.Routing.Tests.Solving;

public class HybridGeneticSearchTests
{
    private static CvrpInstance A32 => CvrplibReader.Read(TestData.Instance("A-n32-k5.vrp"));

    [Fact]
    public void It_finds_the_proven_optimum_of_A_n32_k5_and_the_checker_agrees()
    {
        var instance = A32;
        var result = new HybridGeneticSearch(CvrpProblem.From(instance), new SolverOptions { Seed = 1, MaxIterations = 1500 }).Solve();
        var check = CvrpSolutionChecker.Check(instance, result.Routes.Select(r => (IReadOnlyList<int>)r.Clients));
        Assert.True(result.IsFeasible);
        Assert.True(check.IsFeasible, string.Join("; ", check.Violations));
        Assert.Equal(784, check.Cost);
        Assert.Equal(784, result.Cost);
    }

    [Fact]
    public void The_same_seed_and_iteration_limit_give_the_same_routes()
    {
        var problem = CvrpProblem.From(A32);
        var options = new SolverOptions { Seed = 42, MaxIterations = 150 };
        var first = new HybridGeneticSearch(problem, options).Solve();
        var second = new HybridGeneticSearch(problem, options).Solve();
        Assert.Equal(first.Cost, second.Cost);
        Assert.Equal(first.Routes.Select(r => string.Join(',', r.Clients)), second.Routes.Select(r => string.Join(',', r.Clients)));
    }

    [Fact]
    public void Each_new_best_is_reported_feasible_cheaper_than_the_last_and_the_last_is_the_answer()
    {
        var instance = A32;
        var improvements = new List<SolverResult>();
        var result = new HybridGeneticSearch(CvrpProblem.From(instance), new SolverOptions { Seed = 3, MaxIterations = 300, Improved = improvements.Add }).Solve();
        Assert.NotEmpty(improvements);
        Assert.All(improvements, r => Assert.True(r.IsFeasible));
        Assert.All(improvements, r => Assert.Equal(r.Cost, CvrpSolutionChecker.Check(instance, r.Routes.Select(x => (IReadOnlyList<int>)x.Clients)).Cost));
        Assert.All(improvements.Zip(improvements.Skip(1)), pair => Assert.True(pair.Second.Cost < pair.First.Cost && pair.Second.FoundAfter >= pair.First.FoundAfter));
        Assert.Equal(result.Cost, improvements[^1].Cost);
        Assert.Equal(result.FoundAfter, improvements[^1].FoundAfter);
    }

    [Fact]
    public void A_cancelled_search_still_returns_every_client_in_a_route()
    {
        var problem = CvrpProblem.From(A32);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var result = new HybridGeneticSearch(problem, new SolverOptions()).Solve(cancellation.Token);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(Enumerable.Range(1, 31), result.Routes.SelectMany(r => r.Clients).Order());
    }

    [Fact]
    public void The_time_limit_is_kept_on_the_clock_the_options_give()
    {
        // A clock that moves one second each time it is read: the limit of 40 s is about 40 readings (the search reads
        // it between educations and between passes of the local search), whatever the wall says.
        var clock = new SteppingClock(TimeSpan.FromSeconds(1));
        var result = new HybridGeneticSearch(CvrpProblem.From(A32), new SolverOptions { TimeLimit = TimeSpan.FromSeconds(40), Clock = clock }).Solve();
        Assert.InRange(result.Elapsed, TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(50));
        Assert.InRange(clock.Readings, 40, 55);
        Assert.True(result.IsFeasible);
    }

    [Fact]
    public void Without_a_feasible_solution_the_search_goes_on_for_the_iterations_to_feasibility_and_with_one_it_stops_at_its_limit()
    {
        // A32 needs five trucks of its capacity: with three no solution is feasible, with its own fleet one is found at once.
        var patient = new SolverOptions { Seed = 1, MaxIterations = 5, IterationsToFeasibility = 20, FeasibilityPatience = int.MaxValue };
        var tooFew = new HybridGeneticSearch(CvrpProblem.From(A32 with { VehicleCount = 3 }), patient).Solve();
        var enough = new HybridGeneticSearch(CvrpProblem.From(A32), patient).Solve();

        Assert.False(tooFew.IsFeasible);
        Assert.Equal(25, tooFew.Iterations);
        Assert.True(enough.IsFeasible);
        Assert.Equal(5, enough.Iterations);
    }

    [Fact]
    public void Without_a_feasible_solution_the_search_stops_once_it_no_longer_gets_closer()
    {
        // The fleet too small of the test above, where a patient search goes on for all 20 iterations to feasibility:
        // with a patience of 3 it stops sooner, and at the same iteration each time.
        var tooFew = CvrpProblem.From(A32 with { VehicleCount = 3 });
        var options = new SolverOptions { Seed = 1, MaxIterations = 5, IterationsToFeasibility = 20, FeasibilityPatience = 3 };
        var result = new HybridGeneticSearch(tooFew, options).Solve();
        var again = new HybridGeneticSearch(tooFew, options).Solve();

        Assert.False(result.IsFeasible);
        Assert.InRange(result.Iterations, 5, 24);
        Assert.Equal(result.Iterations, again.Iterations);
        Assert.Equal(result.Cost, again.Cost);
    }

    [Fact]
    public void A_search_without_any_limit_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new HybridGeneticSearch(CvrpProblem.From(A32), new SolverOptions()).Solve());
    }

    [Fact]
    public void Rich_random_problems_are_solved_feasibly_when_the_fleet_allows_it()
    {
        for (var seed = 1; seed <= 5; seed++)
        {
            var data = RandomProblems.Create(seed, clients: 10);
            var result = new HybridGeneticSearch(data, new SolverOptions { Seed = seed, MaxIterations = 100 }).Solve();
            foreach (var route in result.Routes)
            {
                var evaluation = RouteEvaluation.Of(data, route.VehicleType, route.Clients);
                Assert.Equal(result.IsFeasible, result.IsFeasible && evaluation.TimeWarp == 0 && evaluation.Excess.All(e => e == 0));
            }

            var required = Enumerable.Range(data.DepotCount, data.ClientCount).Where(c => data.Required[c]);
            Assert.Subset(result.Routes.SelectMany(r => r.Clients).ToHashSet(), required.ToHashSet());
        }
    }
}
