using Waste.Grains.Bins;
using Waste.Grains.Planning;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Routing.Modelling;

namespace Waste.Cloud.Tests.Grains;

/// <summary>The fleet's lunch, daily volume, stop limit and unloading before the depot reach the routing model, and a
/// fleet file whose rules cannot hold is refused by name.</summary>
public class FleetRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static FleetConfiguration Fleet(VehicleSpec truck) => new()
    {
        Depots = [new DepotSpec("depot", "Depot", 10.98, 106.65)],
        DisposalSites = [new DisposalSiteSpec("landfill", "Landfill", 11.02, 106.60, [WasteStream.Residual], TimeSpan.FromMinutes(15), TimeSpan.FromHours(5), TimeSpan.FromHours(18))],
        Vehicles = [truck],
    };

    private static VehicleSpec Truck => new()
    {
        Id = "truck-1",
        DepotId = "depot",
        CapacityLitres = 10_000,
        CapacityKilograms = 5_000,
        Streams = [WasteStream.Residual],
        ShiftStart = TimeSpan.FromHours(6),
        ShiftEnd = TimeSpan.FromHours(15),
        Lunch = new LunchBreakSpec(TimeSpan.FromHours(11), TimeSpan.FromHours(12), TimeSpan.FromHours(1)),
        DailyVolumeLitres = 25_000,
        MaxStops = 120,
        UnloadBeforeReturn = true,
    };

    [Fact]
    public void The_trucks_rules_reach_the_routing_model_in_local_time()
    {
        var offset = TimeSpan.FromHours(7);
        var day = new CollectionDay("depot", Day, Fleet(Truck), offset, new WasteDensities(), new PlanningOptions());
        var vehicle = Assert.Single(day.VehiclesOn(Day));
        var morning = new DateTimeOffset(Day.ToDateTime(TimeOnly.MinValue), offset);
        Assert.Equal(new CrewBreak(TimeSpan.FromHours(1), morning.AddHours(11), morning.AddHours(12)), vehicle.Break);
        Assert.Equal(25_000, vehicle.DailyVolumeLimit);
        Assert.Equal(120, vehicle.MaxStops);
        Assert.True(vehicle.UnloadBeforeReturn);
        Assert.Equal(morning.AddDays(1).AddHours(11), Assert.Single(day.VehiclesOn(Day.AddDays(1))).Break!.EarliestStart);
    }

    [Theory]
    [InlineData("lunch", "lunch that does not fit its shift")]
    [InlineData("daily", "positive daily volume and stop limit")]
    [InlineData("stops", "positive daily volume and stop limit")]
    [InlineData("unload", "no site that takes all its streams")]
    public void A_fleet_whose_rules_cannot_hold_is_refused_by_name(string broken, string expected)
    {
        var truck = broken switch
        {
            "lunch" => Truck with { Lunch = new LunchBreakSpec(TimeSpan.FromHours(14), TimeSpan.FromHours(15), TimeSpan.FromHours(1)) },
            "daily" => Truck with { DailyVolumeLitres = 0 },
            "stops" => Truck with { MaxStops = 0 },
            _ => Truck with { Streams = [WasteStream.Organic] },
        };
        Assert.Contains(FleetGrain.Check(Fleet(truck)), e => e.Contains(expected, StringComparison.Ordinal) && e.Contains("truck-1", StringComparison.Ordinal));
        Assert.Empty(FleetGrain.Check(Fleet(Truck)));
    }
}
