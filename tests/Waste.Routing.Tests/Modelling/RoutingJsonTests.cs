using System.Text.Json;
using Waste.Routing.Checking;
using Waste.Routing.Modelling;

namespace Waste.Routing.Tests.Modelling;

public class RoutingJsonTests
{
    [Fact]
    public async Task A_model_and_its_plan_read_back_as_written_and_the_plan_still_checks_against_the_model()
    {
        var model = TestCity.Model(
            [TestCity.Truck("truck-1", 10_000, 4_000, "residual", "organic")],
            TestCity.Stops(12, "residual").Concat(TestCity.Stops(5, "organic", seed: 2)), landfill: true);
        var (plan, _) = ModelPlanning.PlanAndCheck(model);

        var modelBack = JsonSerializer.Deserialize<RoutingModel>(JsonSerializer.Serialize(model, RoutingJson.Options), RoutingJson.Options)!;
        var planBack = JsonSerializer.Deserialize<RoutePlan>(JsonSerializer.Serialize(plan, RoutingJson.Options), RoutingJson.Options)!;

        Assert.Equal(["organic", "residual"], modelBack.Vehicles[0].Streams.Order());
        Assert.Equal(["organic", "recyclable", "residual"], modelBack.DisposalSites[0].Streams.Order());
        Assert.Equal(model.Stops.Select(s => (s.Id, s.Location, s.Demand)), modelBack.Stops.Select(s => (s.Id, s.Location, s.Demand)));
        var matrix = await ModelPlanning.Travel.GetMatrixAsync(RoutingPlaces.Of(modelBack));
        var check = RoutePlanChecker.Check(modelBack, matrix, planBack);
        Assert.True(check.IsFeasible, string.Join("; ", check.Violations));
        Assert.Equal(plan.Cost, check.Cost, 3);
    }

    [Fact]
    public void A_null_set_of_streams_is_a_clear_error()
    {
        var json = """{"Id":"site","Location":{"Latitude":1,"Longitude":2},"Streams":null,"UnloadTime":"00:15:00"}""";

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DisposalSite>(json, RoutingJson.Options));

        Assert.Contains("streams", error.Message);
    }
}
