using Microsoft.Extensions.Time.Testing;
using Waste.Grains.Alerts;
using Waste.Grains.Planning;
using Waste.Simulation.City;
using Waste.Simulation.Cloud;
using Waste.Simulation.Faults;
using Waste.Simulation.Run;
using Waste.Simulation.Tests.Run;

namespace Waste.Simulation.Tests.Faults;

/// <summary>
/// Each injected fault, through the real firmware, the real hub and the real grains, shows up as the right alert on
/// the cloud's board: a small city runs two simulated days with a stuck sensor, a lid left open, a draining battery,
/// a knocked-over bin, a ward without network, and a busy, badly ventilated toilet.
/// </summary>
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private static readonly SimulationOptions Options = new()
    {
        City = new CityOptions { Bins = 12, Toilets = 1, Seed = 3 },
        Policy = SelectionPolicy.Daily,
        WarmUpDays = 0,
        Days = 2,
        Step = TimeSpan.FromMinutes(5),
        PlannerIterations = 30,
        PlannerSeconds = 10,
        DeviceThreads = 8,
        Crews = new Waste.Simulation.Trucks.CrewRules { BlockedShare = 0, BreakdownShare = 0 },
    };

    private readonly VirtualCity _city;
    private readonly FakeTimeProvider _clock = new(Options.Begin);
    private EmbeddedCloud _cloud = null!;

    public FaultInjectionTests()
    {
        var city = CityGenerator.Generate(Options.City);
        _city = city with { Toilets = [city.Toilets[0] with { VisitsPerDay = 700, VentilationHours = 6 }] };
    }

    private CityBin Bin(int i) => _city.Bins[i];

    private FaultSchedule Faults => new(
    [
        new Fault(FaultKind.StuckSensor, Bin(0).Id, Options.Begin.AddHours(1), Options.End),
        new Fault(FaultKind.LidOpen, Bin(1).Id, Options.Begin.AddMinutes(40), Options.Begin.AddHours(9)),
        new Fault(FaultKind.BatteryDrain, Bin(2).Id, Options.Begin.AddDays(-3), Options.End),
        new Fault(FaultKind.Vandalism, Bin(3).Id, Options.Begin.AddHours(3), Options.Begin.AddHours(15)),
        new Fault(FaultKind.NetworkOutage, Bin(4).Ward, Options.Begin.AddHours(20), Options.Begin.AddHours(36)),
    ]);

    public async Task InitializeAsync() =>
        _cloud = await EmbeddedCloud.StartAsync(_clock, [.. Options.CloudSettings, "--Logging:LogLevel:Default=Warning"]);

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task Every_injected_fault_is_seen_by_the_cloud_as_its_alert_and_healthy_bins_raise_none_of_them()
    {
        await new CitySimulation(Options, _city, Faults).RunAsync(_cloud, _clock, CancellationToken.None);

        Assert.Contains(AlertKind.SensorFault, await Alerts.OfAsync(_cloud, Bin(0).Id));
        Assert.Contains(AlertKind.BinLidOpen, await Alerts.OfAsync(_cloud, Bin(1).Id));
        Assert.Contains(AlertKind.LowBattery, await Alerts.OfAsync(_cloud, Bin(2).Id));
        Assert.Contains(AlertKind.BinTilt, await Alerts.OfAsync(_cloud, Bin(3).Id));
        Assert.Contains(AlertKind.Offline, await Alerts.OfAsync(_cloud, Bin(4).Id));
        Assert.Contains(AlertKind.ToiletOdour, await Alerts.OfAsync(_cloud, _city.Toilets[0].Id));
        var faulty = new HashSet<string>(StringComparer.Ordinal) { Bin(0).Id, Bin(1).Id, Bin(2).Id, Bin(3).Id };
        AlertKind[] faultKinds = [AlertKind.SensorFault, AlertKind.BinLidOpen, AlertKind.LowBattery, AlertKind.BinTilt, AlertKind.BinFire];
        foreach (var healthy in _city.Bins.Where(b => !faulty.Contains(b.Id)))
        {
            Assert.DoesNotContain(await Alerts.OfAsync(_cloud, healthy.Id), kind => faultKinds.Contains(kind));
        }

        var outsideOutage = _city.Bins.Where(b => b.Ward != Bin(4).Ward);
        foreach (var online in outsideOutage)
        {
            Assert.DoesNotContain(AlertKind.Offline, await Alerts.OfAsync(_cloud, online.Id));
        }
    }
}
