using Waste.Grains.Planning;
using Waste.Simulation.City;
using Waste.Simulation.Faults;
using Waste.Simulation.Kpis;
using Waste.Simulation.Run;

namespace Waste.Simulation.Tests.Run;

/// <summary>
/// The same seed gives the same KPIs, with the real firmware, the real MQTT hub and the real grains in the loop: a
/// small city (40 bins, 2 toilets, faults twenty times the default rates) runs a warm-up day and two forecast-driven
/// days twice, each time against a fresh cloud, and every KPI and every one of the cloud's counts must be equal.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly SimulationOptions Options = new()
    {
        City = new CityOptions { Bins = 40, Toilets = 2, Seed = 5 },
        Policy = SelectionPolicy.Forecast,
        WarmUpDays = 1,
        Days = 2,
        Step = TimeSpan.FromMinutes(5),
        PlannerIterations = 40,
        PlannerSeconds = 20,
        DeviceThreads = 8,
        Faults = new FaultRates().Scaled(20),
        Crews = new Waste.Simulation.Trucks.CrewRules { BlockedShare = 0.05, BreakdownShare = 0.05 },
    };

    private static async Task<PolicyKpis> RunAsync()
    {
        var city = CityGenerator.Generate(Options.City);
        var faults = FaultSchedule.Draw(city, Options.Faults, Options.Begin, Options.End, Options.City.Seed);
        return await new CitySimulation(Options, city, faults).RunAsync(CancellationToken.None);
    }

    private static string Everything(PolicyKpis kpis) =>
        $"{kpis.Truth} cloud: messages={kpis.Cloud.Messages} readings={kpis.Cloud.ReadingsStored} detected={kpis.Cloud.CollectionsDetected} "
        + $"alerts={string.Join(",", kpis.Cloud.Alerts.Select(a => $"{a.Key}:{a.Value}"))} refusals={string.Join(",", kpis.Cloud.Refusals.Select(a => $"{a.Key}:{a.Value}"))}";

    [Fact]
    public async Task The_same_seed_gives_the_same_KPIs_twice()
    {
        var first = await RunAsync();
        var second = await RunAsync();

        Assert.True(first.Collections > 0 && first.TruckKm > 0 && first.Cloud.ReadingsStored > 0, Everything(first));
        Assert.Equal(Everything(first), Everything(second));
    }
}
