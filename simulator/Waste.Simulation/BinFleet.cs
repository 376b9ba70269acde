using Waste.Firmware.Core.Bins;
using Waste.Simulation.Bins;
using Waste.Simulation.Devices;

namespace Waste.Simulation;

/// <summary>A set of virtual bins that sample together, one step of the virtual clock at a time.</summary>
public sealed class BinFleet : IAsyncDisposable
{
    private readonly List<VirtualBin> _bins;

    private BinFleet(List<VirtualBin> bins) => _bins = bins;

    /// <summary>The bins.</summary>
    public IReadOnlyList<VirtualBin> Bins => _bins;

    /// <summary>
    /// Creates one 240 L bin (0.95 m deep, sensor 0.10 m above the rim) per credential, each filling at its own
    /// seeded rate of 2 to 8 cm an hour, and connects them all.
    /// </summary>
    public static async Task<BinFleet> ConnectAsync(IEnumerable<DeviceCredentials> devices, TimeProvider time, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var bins = devices
            .Select(device => new VirtualBin(device, new BinGeometry(0.95, 0.10), 0.02 + 0.06 * random.NextDouble(), time, random.Next()))
            .ToList();
        var fleet = new BinFleet(bins);
        var results = await Task.WhenAll(bins.Select(b => b.Connection.ConnectAsync(cancellationToken)));
        var refused = results.Count(r => r != MQTTnet.MqttClientConnectResultCode.Success);
        if (refused > 0)
        {
            await fleet.DisposeAsync();
            throw new InvalidOperationException($"{refused} of {bins.Count} bins were refused by the hub ({results.First(r => r != MQTTnet.MqttClientConnectResultCode.Success)})");
        }

        return fleet;
    }

    /// <summary>Every bin samples and publishes once, at the clock's current time; returns the readings sent.</summary>
    public async Task<int> StepAsync(CancellationToken cancellationToken)
    {
        var sent = await Task.WhenAll(_bins.Select(b => b.SampleAndSendAsync(cancellationToken)));
        return sent.Count(s => s);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var bin in _bins)
        {
            await bin.DisposeAsync();
        }
    }
}
