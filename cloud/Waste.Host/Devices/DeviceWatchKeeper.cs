using Waste.Grains.Bins;
using Waste.Grains.Toilets;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Host.Devices;

/// <summary>
/// Keeps the silence watches running: at silo start and then every <see cref="Period"/>, wakes each ward's bin watches
/// and each toilet's grain. A watch or toilet that lived on a silo that died (or a cloud that was down) comes back on
/// a survivor and watches again, so a device that fell silent meanwhile is still found offline without waiting for a
/// message that may never come. Bins themselves are not woken: their ward's watch wakes them when it must.
/// </summary>
public sealed partial class DeviceWatchKeeper(IDeviceRegistry registry, IGrainFactory grains, ILogger<DeviceWatchKeeper> logger) : BackgroundService
{
    /// <summary>How often the watches are woken: the longest an offline alert can be late after a silo dies.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    /// <summary>Grain calls in flight at once, so a large fleet does not flood the silo.</summary>
    public const int Parallelism = 64;

    private volatile bool _registryChanged = true;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        void OnChanged(RegisteredDevice _) => _registryChanged = true;
        registry.Changed += OnChanged;
        try
        {
            using var timer = new PeriodicTimer(Period);
            IReadOnlyList<Func<Task>> calls = [];
            var first = true;
            do
            {
                // A million-device registry is read again only when it changed, not every minute.
                if (_registryChanged)
                {
                    _registryChanged = false;
                    calls = WakeCalls();
                }

                var failed = await WakeAsync(calls, stoppingToken);
                if (first || failed > 0)
                {
                    LogWoken(calls.Count - failed, failed);
                }

                first = false;
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            registry.Changed -= OnChanged;
        }
    }

    private List<Func<Task>> WakeCalls()
    {
        var active = registry.All().Where(d => d.State == DeviceState.Active).ToList();
        var watches = active.Where(d => d.Kind == DeviceKind.Bin).Select(d => (d.District, d.Ward)).Distinct()
            .SelectMany(ward => SilenceWatchKey.OfWard(ZoneKey.For(ward.District, ward.Ward)))
            .Select(watch => (Func<Task>)(() => grains.GetGrain<ISilenceWatchGrain>(watch).Wake()));
        var toilets = active.Where(d => d.Kind == DeviceKind.Toilet)
            .Select(toilet => (Func<Task>)(() => grains.GetGrain<IToiletGrain>(toilet.Id).Wake()));
        return [.. watches.Concat(toilets)];
    }

    private async Task<int> WakeAsync(IReadOnlyList<Func<Task>> calls, CancellationToken stoppingToken)
    {
        var failed = 0;
        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken }, async (wake, _) =>
        {
            try
            {
                await wake();
            }
            catch (Exception e) when (e is TimeoutException or OrleansException)
            {
                Interlocked.Increment(ref failed);
            }
        });
        return failed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Device watch: {Woken} bin watches and toilets woken, {Failed} failed")]
    private partial void LogWoken(int woken, int failed);
}
