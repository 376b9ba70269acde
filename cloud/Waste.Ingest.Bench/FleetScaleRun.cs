using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Waste.Grains.Bins;
using Waste.Host;
using Waste.Hub;
using Waste.Registry;
using Waste.Simulation.Clock;
using Waste.Telemetry;

namespace Waste.Ingest.Bench;

/// <summary>
/// A city-sized fleet in virtual time: every bin sends one reading per cadence, handed to the hub's telemetry pipeline
/// (parse, registry check, grain, durable state) without sockets, since one machine cannot hold a million MQTT
/// connections. Measures the resident memory the fleet's grains, registry and storage need: with every bin active, or
/// with bins leaving memory once idle for <paramref name="binIdleAge"/>.
/// </summary>
/// <remarks>Unpaced, each round goes as fast as the host takes it; paced, a round's messages are spread over the
/// cadence in real time, as the fleet sends them, so the rate is the fleet's (devices / cadence).</remarks>
internal sealed class FleetScaleRun(int devices, TimeSpan cadence, int rounds, int inFlight, TimeSpan? binIdleAge, bool paced, string dataDirectory)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    public async Task<FleetScaleResult> RunAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        var clock = new VirtualClock(Start);
        await using var app = BenchHost.Create(dataDirectory, clock,
            binIdleAge is { } age ? [string.Create(CultureInfo.InvariantCulture, $"--Silo:BinIdleAge={age:c}")] : []);
        await app.StartAsync(cancellationToken);
        var empty = Memory.Measure();

        progress($"registering {devices:N0} bins in 1,000 wards");
        var registering = Stopwatch.StartNew();
        var ids = await RegisterAsync(app.Services.GetRequiredService<IDeviceRegistry>(), cancellationToken);
        registering.Stop();
        progress($"registered in {registering.Elapsed.TotalSeconds:0} s");
        var registered = Memory.Measure();

        var pipeline = app.Services.GetRequiredService<TelemetryPipeline>();
        var results = new List<FleetRound>();
        for (var round = 0; round < rounds; round++)
        {
            var now = Start + cadence * round;
            clock.SetUtcNow(now);
            var stored = 0L;
            var resent = 0L;
            var latencies = new long[ids.Length];
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, ids.Length), new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken },
                async (index, token) =>
                {
                    var due = cadence * ((double)index / ids.Length);
                    if (paced && due > started.Elapsed)
                    {
                        await Task.Delay(due - started.Elapsed, token);
                    }

                    // As a device does without its acknowledgement: send the same message again until it is stored.
                    var sent = Stopwatch.GetTimestamp();
                    var message = Reading(ids[index], round, index, now);
                    while (!await pipeline.HandleAsync(ids[index], message, now, token))
                    {
                        Interlocked.Increment(ref resent);
                    }

                    latencies[index] = Stopwatch.GetTimestamp() - sent;
                    Interlocked.Increment(ref stored);
                });
            var elapsed = started.Elapsed;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var memory = Memory.Measure();
            var activations = await app.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetTotalActivationCount();
            Array.Sort(latencies);
            var (p50, p99) = (Stopwatch.GetElapsedTime(0, latencies[latencies.Length / 2]), Stopwatch.GetElapsedTime(0, latencies[(int)(latencies.Length * 0.99)]));
            results.Add(new FleetRound(round + 1, stored, resent, elapsed, cpu, memory, activations, p50, p99));
            progress($"round {round + 1}/{rounds} (virtual {now:yyyy-MM-dd HH:mm}): {stored:N0} stored ({resent:N0} sent again) in {elapsed.TotalSeconds:0} s, " +
                $"{stored / elapsed.TotalSeconds:0} msg/s, p50 {p50.TotalMilliseconds:0.0} ms, p99 {p99.TotalMilliseconds:0.0} ms, resident {memory.ResidentBytes / 1e9:0.00} GB, {activations:N0} activations");
        }

        var sample = ids.Where((_, i) => i % Math.Max(1, ids.Length / 500) == 0).ToList();
        var snapshots = await Task.WhenAll(sample.Select(id => app.Services.GetRequiredService<IGrainFactory>().GetGrain<IBinGrain>(id).GetSnapshot()));
        await app.StopAsync(CancellationToken.None);
        using var process = Process.GetCurrentProcess();
        return new FleetScaleResult(devices, cadence, binIdleAge, paced, Environment.ProcessorCount, registering.Elapsed, empty, registered, results,
            process.PeakWorkingSet64, sample.Count, snapshots.Count(s => s.ReadingsStored == rounds));
    }

    private async Task<string[]> RegisterAsync(IDeviceRegistry registry, CancellationToken cancellationToken)
    {
        var bins = Enumerable.Range(0, devices).Select(i => new RegisteredDevice
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"scale-{i:D7}"),
            Kind = DeviceKind.Bin,
            PrimaryKey = DeviceKey.Generate(),
            Latitude = 10.9 + i % 1000 * 0.0003,
            Longitude = 106.6 + i / 1000 % 1000 * 0.0003,
            Stream = (i % 3) switch { 0 => WasteStream.Residual, 1 => WasteStream.Recyclable, _ => WasteStream.Organic },
            CapacityLitres = 240,
            Ward = string.Create(CultureInfo.InvariantCulture, $"Ward {i % 1000:D3}"),
            District = string.Create(CultureInfo.InvariantCulture, $"District {i % 1000 / 50:D2}"),
        }).ToList();
        await registry.SaveAsync(bins, cancellationToken);
        return [.. bins.Select(b => b.Id)];
    }

    // One reading, as a bin's firmware sends it: each bin fills at its own pace from its own level.
    private static ReadOnlySequence<byte> Reading(string id, int round, int index, DateTimeOffset now)
    {
        var fill = (index % 60) + round * (0.2 + index % 7 * 0.1);
        var seconds = now.ToUnixTimeSeconds();
        var json = string.Create(CultureInfo.InvariantCulture,
            $$"""{"v":1,"dev":"{{id}}","kind":"bin","clk":"utc","sent":{{seconds}},"r":[{"seq":{{round}},"t":{{seconds}},"fill_pct":{{fill:0.0}},"dist_m":{{1.0 - fill / 100 * 0.9:0.000}},"temp_c":31.5,"batt_v":3.9}]}""");
        return new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json));
    }
}
