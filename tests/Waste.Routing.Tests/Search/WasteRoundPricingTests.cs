using Waste.Routing.Solving;
using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

/// <summary>Every operator prices its moves exactly on a waste round: breaks taken where the vehicle stands (their own
/// matrix rows are never read), a break owed by one vehicle type, routes that must end empty, a daily volume limit.</summary>
public class WasteRoundPricingTests
{
    public static TheoryData<string> Operators => ["relocate", "or-opt-2", "swap-1-1", "swap-2-1", "two-opt", "two-opt-star", "two-opt-star-reversed", "insert"];

    [Theory]
    [MemberData(nameof(Operators))]
    public void Each_operator_prices_exactly_what_it_changes(string name)
    {
        var moves = 0;
        for (var seed = 1; seed <= 6; seed++)
        {
            moves += MoveEvaluation.Check(seed, state => Create(name, state), waste: true);
        }

        Assert.True(moves > 100, $"only {moves} moves checked");
    }

    [Theory]
    [MemberData(nameof(Operators))]
    public void Each_operator_prices_exactly_on_long_routes_whose_middle_comes_from_the_segment_tables(string name)
    {
        // 40 clients over four vehicles: pieces longer than four visits, with disposal visits and breaks inside them,
        // are priced from the routes' segment tables rather than walked.
        var moves = 0;
        for (var seed = 1; seed <= 2; seed++)
        {
            moves += MoveEvaluation.Check(seed, state => Create(name, state), waste: true, clients: 40);
        }

        Assert.True(moves > 500, $"only {moves} moves checked");
    }

    [Fact]
    public void A_break_costs_time_not_distance_and_is_taken_where_the_vehicle_stands()
    {
        var data = RandomProblems.Waste(3);
        var breakNode = data.NodeCount - 2;
        var clients = Enumerable.Range(data.DepotCount, 4).ToArray();
        var without = RouteEvaluation.Of(data, 1, clients);
        var with = RouteEvaluation.Of(data, 1, [clients[0], clients[1], breakNode, clients[2], clients[3]]);
        Assert.Equal(without.Distance, with.Distance);
        Assert.True(with.Distance < 1_000_000);
    }

    [Fact]
    public void A_route_that_must_end_empty_pays_for_the_load_it_brings_home_unless_it_unloads_last()
    {
        var data = RandomProblems.Waste(5);
        var disposal = Enumerable.Range(0, data.NodeCount).First(n => data.IsDisposal[n]);
        var stop = data.DepotCount;
        var breakNode = data.NodeCount - 2;
        var home = RouteEvaluation.Of(data, 0, [stop, breakNode]);
        var unloaded = RouteEvaluation.Of(data, 0, [stop, breakNode, disposal]);
        Assert.Equal(data.Demand[stop * data.Dimensions], home.Excess[0]);
        Assert.Equal(0, unloaded.Excess[0]);
        Assert.Equal(0, RouteEvaluation.Of(data, 1, [stop]).Excess[0]);
    }

    [Fact]
    public void A_vehicle_that_owes_a_break_pays_until_it_takes_one_and_the_daily_limit_spans_trips()
    {
        var data = RandomProblems.Waste(7);
        var stop = data.DepotCount;
        var breakNode = data.NodeCount - 2;
        Assert.Equal(1, RouteEvaluation.Of(data, 0, [stop]).Excess[2]);
        Assert.Equal(0, RouteEvaluation.Of(data, 0, [stop, breakNode]).Excess[2]);

        var disposal = Enumerable.Range(0, data.NodeCount).First(n => data.IsDisposal[n]);
        var clients = Enumerable.Range(data.DepotCount, data.ClientCount).Where(n => !data.IsDisposal[n] && !data.IsBreak[n]).ToArray();
        var collected = clients.Sum(c => data.Demand[c * data.Dimensions + 3]);
        var manyTrips = clients.SelectMany(c => new[] { c, disposal }).ToArray();
        var onBoard = data.VehicleTypes[1].InitialLoad![3];
        Assert.Equal(Math.Max(0, onBoard + collected - 30), RouteEvaluation.Of(data, 1, manyTrips).Excess[3]);
    }

    [Fact]
    public void The_search_places_breaks_and_unloads_last_so_that_its_answer_is_feasible()
    {
        var feasible = 0;
        for (var seed = 1; seed <= 5; seed++)
        {
            var data = RandomProblems.Waste(seed);
            var result = new HybridGeneticSearch(data, new SolverOptions { Seed = seed, MaxIterations = 300 }).Solve();
            if (!result.IsFeasible)
            {
                continue;
            }

            feasible++;
            foreach (var route in result.Routes.Where(r => r.VehicleType == 0))
            {
                Assert.Single(route.Clients, c => data.IsBreak[c]);
                var evaluation = RouteEvaluation.Of(data, 0, route.Clients);
                Assert.Equal(0, evaluation.TimeWarp);
                Assert.All(evaluation.Excess, e => Assert.Equal(0, e));
                if (route.Clients.Any(c => data.Demand[c * data.Dimensions] > 0))
                {
                    Assert.True(data.IsDisposal[route.Clients.Last(c => !data.IsBreak[c])], "the last place visited is a disposal site");
                }
            }
        }

        Assert.True(feasible >= 3, $"only {feasible} of 5 feasible");
    }

    private static NodeOperator Create(string name, SearchState state) => name switch
    {
        "relocate" => new Relocate(state),
        "or-opt-2" => new OrOpt(state, 2),
        "swap-1-1" => new Swap(state, 1, 1),
        "swap-2-1" => new Swap(state, 2, 1),
        "two-opt" => new TwoOpt(state),
        "two-opt-star" => new TwoOptStar(state, reversed: false),
        "two-opt-star-reversed" => new TwoOptStar(state, reversed: true),
        _ => new InsertStop(state),
    };
}
