using Waste.Routing.Solving;
using Waste.Routing.Solving.Genetic;

namespace Waste.Routing.Tests.Solving;

public class NearestNeighbourTourTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_tour_holds_every_required_client_once_and_steps_to_the_nearest_one_left(int seed)
    {
        var data = RandomProblems.Waste(seed, clients: 30);
        var tours = new NearestNeighbourTour(data);
        var random = new SeededRandom(seed);
        var tour = tours.Create(random);

        Assert.Equal(tour.Length, tour.Distinct().Count());
        Assert.DoesNotContain(tour, c => data.IsDisposal[c] || data.IsBreak[c] || data.IsDepot(c));
        var required = Enumerable.Range(data.DepotCount, data.ClientCount).Where(c => data.Required[c]).ToHashSet();
        Assert.Subset(tour.ToHashSet(), required);
        for (var k = 0; k + 1 < tour.Length; k++)
        {
            var left = tour[(k + 1)..];
            Assert.Equal(left.Min(c => data.Dist(tour[k], c)), data.Dist(tour[k], tour[k + 1]));
        }
    }

    [Fact]
    public void Different_random_starts_give_different_tours()
    {
        var data = RandomProblems.Create(3, clients: 30, rich: false);
        var tours = new NearestNeighbourTour(data);
        var random = new SeededRandom(3);
        var seen = Enumerable.Range(0, 10).Select(_ => string.Join(',', tours.Create(random))).ToHashSet();
        Assert.True(seen.Count > 3, $"only {seen.Count} distinct tours in 10");
    }
}
