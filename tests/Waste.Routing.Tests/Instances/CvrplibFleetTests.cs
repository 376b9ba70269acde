using Waste.Routing.Checking;
using Waste.Routing.Instances;

namespace Waste.Routing.Tests.Instances;

public class CvrplibFleetTests
{
    private static CvrpInstance Named(string name) => new() { Name = name, Capacity = 1, X = [0, 1], Y = [0, 1], Demand = [0, 1] };

    [Theory]
    [InlineData("A-n32-k5", 5)]
    [InlineData("B-n51-k7", 7)]
    [InlineData("P-n101-k4", 4)]
    public void The_classic_sets_fix_the_fleet_to_the_k_of_the_name(string name, int fleet)
    {
        Assert.Equal(fleet, CvrplibFleet.Apply(Named(name)).VehicleCount);
    }

    [Fact]
    public void The_x_set_does_not_limit_the_fleet()
    {
        Assert.Null(CvrplibFleet.Apply(Named("X-n101-k25")).VehicleCount);
    }

    [Fact]
    public void With_the_fleet_of_its_name_a_solution_using_more_routes_is_a_violation()
    {
        var instance = CvrplibFleet.Apply(Named("T-n3-k1") with { Capacity = 2, X = [0, 1, 2], Y = [0, 1, 2], Demand = [0, 1, 1] });
        Assert.True(CvrpSolutionChecker.Check(instance, [[1, 2], []]).IsFeasible);
        Assert.Contains(CvrpSolutionChecker.Check(instance, [[1], [2]]).Violations, v => v.Contains("routes for 1 vehicles", StringComparison.Ordinal));
    }
}
