using Waste.Routing.Solving;
using Waste.Routing.Solving.Search;

namespace Waste.Routing.Tests.Search;

/// <summary>The segment table gives, for every stretch of a route, the load and duration segments a node-by-node walk
/// gives (disposal visits and breaks inside included).</summary>
public class SegmentTableTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_stretch_of_every_route_is_what_a_walk_over_it_gives(int seed)
    {
        var data = RandomProblems.Waste(seed, clients: 40);
        var state = new SearchState(data);
        state.Load(RandomProblems.RandomRoutes(data, seed), new CostWeights(data.Dimensions, 1, 1));
        var stretches = 0;
        foreach (var route in state.Routes)
        {
            var capacity = data.VehicleTypes[route.Type].Capacity;
            for (var from = 1; from <= route.Count; from++)
            {
                for (var to = from; to <= route.Count; to++)
                {
                    for (var d = 0; d < data.Dimensions; d++)
                    {
                        var walked = default(LoadSegment);
                        for (var p = from; p <= to; p++)
                        {
                            walked = LoadSegment.Merge(walked, SearchRoute.NodeLoad(data, route.Nodes[p], d), capacity[d]);
                        }

                        Assert.Equal(walked, route.Segments.Load(from, to, d, capacity[d]));
                    }

                    if (!data.IsBreak[route.Nodes[from]])
                    {
                        var time = SearchRoute.NodeTime(data, route.Nodes[from]);
                        for (var p = from + 1; p <= to; p++)
                        {
                            time = DurationSegment.Merge(time, SearchRoute.NodeTime(data, route.Nodes[p]), data.Time(route.Location[p - 1], route.Location[p]));
                        }

                        Assert.Equal(time, route.Segments.Time(route, from, to));
                    }

                    stretches++;
                }
            }
        }

        Assert.True(stretches > 100, $"only {stretches} stretches");
    }
}
