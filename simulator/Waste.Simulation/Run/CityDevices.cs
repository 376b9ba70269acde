using Microsoft.Extensions.Time.Testing;
using Waste.Grains.Devices;
using Waste.Registry;
using Waste.Simulation.City;
using Waste.Simulation.Cloud;
using Waste.Simulation.Devices;
using Waste.Simulation.Faults;
using Waste.Simulation.Models;
using Waste.Telemetry;

namespace Waste.Simulation.Run;

/// <summary>
/// The city's devices, registered in the cloud's registry each with its own new key, each bin's twin telling the
/// firmware its bin's depth and sensor height (what an installer sets at commissioning), and built on virtual
/// hardware. Bins power on spread over their first sampling period and start part full, both drawn from the seed.
/// A queue ordered by each device's next event says which devices a step wakes, so a step costs what its devices do,
/// not a look at every device.
/// </summary>
public sealed class CityDevices : IDisposable
{
    private readonly PriorityQueue<ISimulatedDevice, DateTimeOffset> _due = new();

    private CityDevices(IReadOnlyList<SimulatedBin> bins, IReadOnlyList<SimulatedToilet> toilets)
    {
        Bins = bins;
        Toilets = toilets;
        Contents = bins.ToDictionary(b => b.Bin.Id, b => b.Contents, StringComparer.Ordinal);
        foreach (var device in bins.Cast<ISimulatedDevice>().Concat(toilets))
        {
            _due.Enqueue(device, device.NextEventAt);
        }
    }

    /// <summary>The bins.</summary>
    public IReadOnlyList<SimulatedBin> Bins { get; }

    /// <summary>The toilets.</summary>
    public IReadOnlyList<SimulatedToilet> Toilets { get; }

    /// <summary>Each bin's true contents by id.</summary>
    public IReadOnlyDictionary<string, BinContents> Contents { get; }

    /// <summary>Registers and builds the devices of <paramref name="city"/> in <paramref name="cloud"/>; each bin starts
    /// with the share of its capacity <paramref name="initialShare"/> gives (by default drawn from the seed, up to 60 %).</summary>
    public static async Task<CityDevices> CreateAsync(
        VirtualCity city, EmbeddedCloud cloud, FaultSchedule faults, FakeTimeProvider clock, int seed, CancellationToken cancellationToken,
        Func<CityBin, double>? initialShare = null)
    {
        var begin = clock.GetUtcNow();
        var registered = city.Bins.Select(b => new RegisteredDevice
        {
            Id = b.Id, Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), Latitude = b.Latitude, Longitude = b.Longitude,
            Ward = b.Ward, District = b.District, Stream = b.Stream, CapacityLitres = b.CapacityLitres,
        }).Concat(city.Toilets.Select(t => new RegisteredDevice
        {
            Id = t.Id, Kind = DeviceKind.Toilet, PrimaryKey = DeviceKey.Generate(), Latitude = t.Latitude, Longitude = t.Longitude,
            Ward = t.Ward, District = t.District,
        })).ToList();
        await cloud.Registry.SaveAsync(registered, cancellationToken);
        var keys = registered.ToDictionary(d => d.Id, d => new DeviceCredentials(d.Id, d.PrimaryKey, cloud.Hub), StringComparer.Ordinal);

        using var throttle = new SemaphoreSlim(16);
        await Task.WhenAll(city.Bins.Select(async bin =>
        {
            await throttle.WaitAsync(cancellationToken);
            try
            {
                var desired = FormattableString.Invariant($"{{\"bin_depth_m\":{BinSize.DepthMetres(bin.CapacityLitres)},\"sensor_offset_m\":{BinSize.SensorOffsetMetres}}}");
                await cloud.Grains.GetGrain<IDeviceTwinGrain>(bin.Id).PatchDesired(desired);
            }
            finally
            {
                throttle.Release();
            }
        }));

        var bins = city.Bins.Select(bin =>
        {
            var index = bin.Id.GetStableIndex();
            var poweredOn = begin + TimeSpan.FromSeconds(Math.Floor(CounterNoise.Uniform(seed, index, 1) * 1800));
            var contents = new BinContents(bin, seed, index, begin, initialShare?.Invoke(bin) ?? 0.6 * CounterNoise.Uniform(seed, index, 2));
            return new SimulatedBin(bin, keys[bin.Id], contents, faults, poweredOn, (int)(index ^ seed));
        }).ToList();
        var toilets = city.Toilets.Select(t => new SimulatedToilet(t, keys[t.Id], faults, begin, seed)).ToList();
        return new CityDevices(bins, toilets);
    }

    /// <summary>Runs a step ending at <paramref name="until"/> on <paramref name="threads"/>: each device with something
    /// due runs its own events up to then; returns how many devices woke.</summary>
    public int RunUntil(DateTimeOffset until, DeviceThreads threads)
    {
        var woken = new List<ISimulatedDevice>();
        while (_due.TryPeek(out _, out var at) && at <= until)
        {
            woken.Add(_due.Dequeue());
        }

        threads.Run([.. woken.Select(device => (Action)(() => device.RunUntil(until)))]);
        foreach (var device in woken)
        {
            _due.Enqueue(device, device.NextEventAt);
        }

        return woken.Count;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var bin in Bins)
        {
            bin.Dispose();
        }

        foreach (var toilet in Toilets)
        {
            toilet.Dispose();
        }
    }
}
