using Waste.Grains.Bins;
using Waste.Grains.Devices;
using Waste.Grains.Toilets;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Host.Devices;

/// <summary>
/// Wakes every registered device's grain when the silo starts, so each watches its device's silence again: a device
/// that went quiet while the cloud was down is still found offline, without waiting for a message that may never come.
/// </summary>
public sealed partial class DeviceWatchStartup(IDeviceRegistry registry, IGrainFactory grains, ILogger<DeviceWatchStartup> logger) : BackgroundService
{
    /// <summary>Grain activations in flight at once, so a large fleet does not flood the silo at start.</summary>
    public const int Parallelism = 64;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var devices = registry.All().Where(d => d.State == DeviceState.Active).ToList();
        var failed = 0;
        await Parallel.ForEachAsync(devices, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken }, async (device, _) =>
        {
            try
            {
                await Watched(device).Wake();
            }
            catch (Exception e) when (e is TimeoutException or OrleansException)
            {
                Interlocked.Increment(ref failed);
            }
        });
        LogWoken(devices.Count - failed, failed);
    }

    private IWatchedDevice Watched(RegisteredDevice device) => device.Kind == DeviceKind.Toilet
        ? grains.GetGrain<IToiletGrain>(device.Id)
        : grains.GetGrain<IBinGrain>(device.Id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Device watch: {Woken} device grains watching for silence, {Failed} failed to wake")]
    private partial void LogWoken(int woken, int failed);
}
