using Waste.Routing.Solving;
using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

/// <summary>Placing disposal visits route by route: each change it applies is priced exactly and lowers the cost, and
/// it does at least as well as the best single new disposal visit found by trying every site at every position.</summary>
public class PlaceDisposalTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void It_applies_only_exactly_priced_improvements_at_least_as_good_as_the_best_single_insertion(int seed)
    {
        var data = RandomProblems.Waste(seed, clients: 30);
        var weights = new CostWeights(data.Dimensions, 20, 3);
        var routes = RandomProblems.RandomRoutes(data, seed).Select(r => r.Where(c => !data.IsDisposal[c]).ToArray()).ToArray();
        var improved = 0;
        for (var r = 0; r < routes.Length; r++)
        {
            var state = new SearchState(data);
            state.Load(routes, weights);
            var before = MoveEvaluation.FromScratch(state, weights);
            var bestInsertion = BestSingleInsertion(data, weights, routes, r);
            if (!new PlaceDisposal(state).Improve(r))
            {
                Assert.True(bestInsertion >= before - 1e-6, $"route {r}: an insertion improves by {before - bestInsertion} and was not found");
                continue;
            }

            improved++;
            var after = MoveEvaluation.FromScratch(state, weights);
            Assert.True(after < before - 1e-6);
            Assert.True(after <= bestInsertion + 1e-6, $"route {r}: {after} after, {bestInsertion} with the best single insertion");
            Assert.Equal(routes[r].Length + 1, state.Routes[r].Count);
        }

        Assert.True(improved > 0, "no route gained from a disposal visit");
    }

    [Fact]
    public void A_disposal_visit_that_saves_nothing_is_taken_out()
    {
        var data = RandomProblems.Waste(5, clients: 20);
        var weights = new CostWeights(data.Dimensions, 20, 3);
        var disposal = Enumerable.Range(0, data.NodeCount).First(n => data.IsDisposal[n]);
        var stop = Enumerable.Range(data.DepotCount, data.ClientCount).First(n => !data.IsDisposal[n] && !data.IsBreak[n] && data.Required[n]);
        // A vehicle of the second type need not end empty: unloading after its only (small) stop saves nothing.
        var firstOfType1 = Enumerable.Range(0, data.VehicleCount).First(v => v >= data.VehicleTypes[0].Count);
        var routes = Enumerable.Range(0, data.VehicleCount).Select(v => v == firstOfType1 ? new[] { stop, disposal } : []).ToArray();
        var state = new SearchState(data);
        state.Load(routes, weights);
        var before = MoveEvaluation.FromScratch(state, weights);
        Assert.True(new PlaceDisposal(state).Improve(firstOfType1));
        Assert.Equal([stop], state.Routes[firstOfType1].Clients.ToArray());
        Assert.True(MoveEvaluation.FromScratch(state, weights) < before);
    }

    private static double BestSingleInsertion(ProblemData data, CostWeights weights, int[][] routes, int r)
    {
        var best = double.PositiveInfinity;
        foreach (var site in Enumerable.Range(0, data.NodeCount).Where(n => data.IsDisposal[n]))
        {
            for (var after = 0; after <= routes[r].Length; after++)
            {
                var changed = routes.Select(x => x.ToArray()).ToArray();
                changed[r] = [.. routes[r][..after], site, .. routes[r][after..]];
                var state = new SearchState(data);
                state.Load(changed, weights);
                best = Math.Min(best, MoveEvaluation.FromScratch(state, weights));
            }
        }

        return best;
    }
}
