using Waste.Routing.Solving;

namespace Waste.Routing.Tests.Solving;

public class CheapestInsertionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_required_client_ends_in_exactly_one_route_whatever_the_start_held(int seed)
    {
        var data = RandomProblems.Create(seed, clients: 15);
        var random = new Random(seed);
        var vehicles = data.VehicleTypes.Sum(t => t.Count);
        // A start with clients missing, clients twice, depots and numbers that are no node at all.
        var start = Enumerable.Range(0, vehicles).Select(_ => Enumerable.Range(0, 6).Select(_ => random.Next(-2, data.NodeCount + 3)).ToArray()).ToList();

        var routes = CheapestInsertion.Complete(data, start);

        Assert.Equal(vehicles, routes.Length);
        var placed = routes.SelectMany(r => r).ToList();
        Assert.Equal(placed.Count, placed.Distinct().Count());
        Assert.All(placed, node => Assert.InRange(node, data.DepotCount, data.NodeCount - 1));
        for (var client = data.DepotCount; client < data.NodeCount; client++)
        {
            if (data.Required[client])
            {
                Assert.Contains(client, placed);
            }
        }
    }

    [Fact]
    public void A_missing_client_goes_where_it_adds_the_least_distance()
    {
        // One depot at 0 and clients on a line at 10, 20 and 30: client 20 belongs between 10 and 30.
        var data = Line(10, 20, 30);

        var routes = CheapestInsertion.Complete(data, [[1, 3]]);

        Assert.Equal([1, 2, 3], Assert.Single(routes));
    }

    // A depot at 0 and one client at each of the positions on a line; distances are the gaps.
    private static ProblemData Line(params int[] positions)
    {
        int[] at = [0, .. positions];
        var n = at.Length;
        var distance = new int[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                distance[i * n + j] = Math.Abs(at[i] - at[j]);
            }
        }

        return new ProblemData(
            1, [.. at.Select(a => (double)a)], new double[n], distance, null, 1, [0, .. positions.Select(_ => 1)], [true], new bool[n],
            new int[n], new long[n], Enumerable.Repeat(ProblemData.NoLimit, n).ToArray(), Enumerable.Repeat(true, n).ToArray(), new double[n],
            [new VehicleType { Count = 1, Capacity = [10] }]);
    }
}
