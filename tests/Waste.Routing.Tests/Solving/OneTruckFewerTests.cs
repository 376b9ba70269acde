using Waste.Routing.Solving.Genetic;

namespace Waste.Routing.Tests.Solving;

public class OneTruckFewerTests
{
    [Fact]
    public void The_route_with_fewest_clients_is_emptied_and_every_other_stays_on_its_vehicle()
    {
        int[][] start = [[3, 4, 5], [], [6, 7], [8, 9, 10, 11]];

        var fewer = OneTruckFewer.Of(start);

        Assert.NotNull(fewer);
        Assert.Equal([[3, 4, 5], [], [], [8, 9, 10, 11]], fewer);
        Assert.Equal([6, 7], start[2]);
    }

    [Fact]
    public void A_start_of_one_route_or_none_has_no_truck_to_give_up()
    {
        Assert.Null(OneTruckFewer.Of([[], [3, 4], []]));
        Assert.Null(OneTruckFewer.Of([[], []]));
        Assert.Null(OneTruckFewer.Of([]));
    }
}
