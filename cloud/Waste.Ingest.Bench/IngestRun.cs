using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Waste.Grains.Bins;
using Waste.Host;
using Waste.Registry;
using Waste.Simulation;
using Waste.Simulation.Devices;
using Waste.Storage.Sqlite;

namespace Waste.Ingest.Bench;

/// <summary>One benchmark run: a host in this process, its devices registered and connected, a warm-up message from
/// each (activating its grain), then the measured window, then a durability check on a sample of grains.</summary>
internal sealed class IngestRun(int devices, TimeSpan duration, TimeSpan warmUp, double rate, int readingsPerMessage, string dataDirectory)
{
    public async Task<IngestResult> RunAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        await using var app = BenchHost.Create(dataDirectory);
        await app.StartAsync(cancellationToken);
        var hub = app.Hub();
        var address = new HubAddress(hub.HostName, hub.BindAddress, hub.MqttPort);

        progress($"registering {devices} devices");
        var credentials = await FleetProvisioning.EnsureBinsAsync(app.Services.GetRequiredService<IDeviceRegistry>(), "bench-", devices, address, cancellationToken);
        var fleet = credentials.Select(c => new LoadDevice(c, TimeProvider.System)).ToArray();
        try
        {
            progress("connecting");
            await Parallel.ForEachAsync(fleet, new ParallelOptions { MaxDegreeOfParallelism = 200, CancellationToken = cancellationToken },
                async (device, token) => await device.ConnectAsync(token));

            progress("warming up: one message per device");
            await Parallel.ForEachAsync(fleet, new ParallelOptions { MaxDegreeOfParallelism = 500, CancellationToken = cancellationToken },
                async (device, token) => await device.PublishAsync(readingsPerMessage, token));
            var warmUpEnd = Stopwatch.GetTimestamp() + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < warmUpEnd)
            {
                await Task.WhenAll(fleet.Take(1000).Select(d => d.PublishAsync(readingsPerMessage, cancellationToken)));
            }

            progress($"measuring for {duration.TotalSeconds:0} s");
            using var commits = new CommitListener();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            var latencies = await Task.WhenAll(fleet.Select((device, index) => DriveAsync(device, index, started, stopAt, cancellationToken)));
            var elapsed = Stopwatch.GetElapsedTime(started);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

            progress("checking durability on a sample of grains");
            var grains = app.Services.GetRequiredService<IGrainFactory>();
            var sample = fleet.Where((_, i) => i % Math.Max(1, devices / 200) == 0).ToList();
            var snapshots = await Task.WhenAll(sample.Select(d => grains.GetGrain<IBinGrain>(d.DeviceId).GetSnapshot()));

            return new IngestResult(devices, Environment.ProcessorCount, readingsPerMessage, elapsed, cpu, [.. latencies.SelectMany(l => l)],
                commits.Commits, commits.Writes, sample.Count, snapshots.Sum(s => s.ReadingsStored), sample.Sum(d => d.AcknowledgedReadings));
        }
        finally
        {
            foreach (var device in fleet)
            {
                await device.DisposeAsync();
            }

            await app.StopAsync(CancellationToken.None);
        }
    }

    // Devices publish in a closed loop (each waits for its acknowledgement) or paced to the offered rate.
    private async Task<List<double>> DriveAsync(LoadDevice device, int index, long started, long stopAt, CancellationToken cancellationToken)
    {
        var result = new List<double>();
        var interval = rate > 0 ? devices / rate : 0;
        var next = started + (long)(interval * (index % Math.Max(1, devices)) / devices * Stopwatch.Frequency);
        while (true)
        {
            if (interval > 0)
            {
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }

                next += (long)(interval * Stopwatch.Frequency);
            }

            if (Stopwatch.GetTimestamp() >= stopAt)
            {
                return result;
            }

            var latency = await device.PublishAsync(readingsPerMessage, cancellationToken);
            if (Stopwatch.GetTimestamp() <= stopAt)
            {
                result.Add(latency.TotalMilliseconds);
            }
        }
    }

    // Listens to the SQLite store's group commits during the window.
    private sealed class CommitListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _commits;
        private long _writes;

        public CommitListener()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SqliteGrainStorage.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<int>((_, value, _, _) =>
            {
                Interlocked.Increment(ref _commits);
                Interlocked.Add(ref _writes, value);
            });
            _listener.Start();
        }

        public long Commits => Interlocked.Read(ref _commits);

        public long Writes => Interlocked.Read(ref _writes);

        public void Dispose() => _listener.Dispose();
    }
}
