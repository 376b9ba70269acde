using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Waste.Grains.Alerts;
using Waste.Grains.Planning;
using Waste.Grains.Zones;
using Waste.Simulation.City;
using Waste.Simulation.Cloud;
using Waste.Simulation.Devices;
using Waste.Simulation.Faults;
using Waste.Simulation.Kpis;
using Waste.Simulation.Models;
using Waste.Simulation.Profiling;
using Waste.Simulation.Trucks;

namespace Waste.Simulation.Run;

/// <summary>
/// One run of the virtual city against the real cloud: a discrete-event simulation on one virtual clock shared by
/// the devices and the cloud, advanced step by step. At each step the clock jumps to the step's end; the trucks'
/// events due by then happen (in time order), then each device with something due runs its own events up to the
/// step's end, each at its exact time (the real firmware, devices in parallel on device threads, over real MQTT). A
/// wake's telemetry is published with QoS 1, which the hub acknowledges only once the readings are persisted, so
/// when the step's devices have returned the cloud has taken every message, and only then does the clock move on.
/// Each local day at <see cref="SimulationOptions.PlanAt"/> the previous day is closed and every depot's day is
/// planned through the API under the policy (the daily schedule during the warm-up), the depots at once. Where the
/// time goes is kept in <see cref="Profile"/>.
/// </summary>
public sealed class CitySimulation
{
    private readonly SimulationOptions _options;
    private readonly VirtualCity _city;
    private readonly FaultSchedule _faults;
    private readonly List<double> _planSeconds = [];

    /// <summary>Prepares a run of <paramref name="city"/> with <paramref name="faults"/>.</summary>
    public CitySimulation(SimulationOptions options, VirtualCity city, FaultSchedule faults)
    {
        _options = options;
        _city = city;
        _faults = faults;
    }

    /// <summary>Where the run's time went, per simulated day.</summary>
    public RunProfile Profile { get; } = new();

    /// <summary>Called after each step.</summary>
    public event Action<SimulationProgress>? Progress;

    /// <summary>Called once the cloud is up and the devices are registered (the demo prints its addresses then).</summary>
    public event Action<EmbeddedCloud>? CloudReady;

    /// <summary>Runs with a cloud of its own (temporary data, free ports) and returns the KPIs.</summary>
    public async Task<PolicyKpis> RunAsync(CancellationToken cancellationToken)
    {
        var clock = new FakeTimeProvider(_options.Begin);
        await using var cloud = await EmbeddedCloud.StartAsync(clock, [.. _options.CloudSettings, "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning"]);
        return await RunAsync(cloud, clock, cancellationToken);
    }

    /// <summary>Runs against <paramref name="cloud"/>, whose clock is <paramref name="clock"/> (at the run's beginning).</summary>
    public async Task<PolicyKpis> RunAsync(EmbeddedCloud cloud, FakeTimeProvider clock, CancellationToken cancellationToken)
    {
        var wall = Stopwatch.StartNew();
        using var devices = await CityDevices.CreateAsync(_city, cloud, _faults, clock, _options.City.Seed, cancellationToken);
        await cloud.Api.PutFleetAsync(_city.Fleet, cancellationToken);
        CloudReady?.Invoke(cloud);
        var ledger = new KpiLedger { Counting = false };
        var executor = new TruckExecutor(_city.Fleet, devices.Contents, _faults, new ProfiledDispatch(new ApiDispatch(cloud.Api), Profile), ledger, _options.Roads, _options.Crews, _options.City.Seed);
        using var threads = new DeviceThreads(_options.DeviceThreads);
        var overflowBefore = 0.0;
        var spiltBefore = 0.0;
        var counted = false;
        var now = _options.Begin;
        var nextPlan = LocalTime.At(_options.Start, _options.PlanAt);
        while (now < _options.End)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stepStarted = Stopwatch.GetTimestamp();
            var stepCpu = Environment.CpuUsage.TotalTime;
            var stepAllocated = GC.GetTotalAllocatedBytes();
            var stepPause = GC.GetTotalPauseDuration();
            var today = LocalTime.DayOf(now);
            var next = now + _options.Step;
            if (!counted && next >= _options.CountFrom)
            {
                // The counted days begin: the true overflow so far belongs to the warm-up.
                foreach (var contents in devices.Contents.Values)
                {
                    contents.AdvanceTo(_options.CountFrom);
                }

                overflowBefore = devices.Contents.Values.Sum(c => c.OverflowHours);
                spiltBefore = devices.Contents.Values.Sum(c => c.SpiltLitres);
                counted = true;
            }

            if (nextPlan <= next && nextPlan < _options.End)
            {
                clock.SetUtcNow(nextPlan);
                using (Profile.Measure(today, ProfilePhase.Trucks))
                {
                    await executor.RunUntilAsync(nextPlan, cancellationToken);
                    executor.FinishDays(nextPlan);
                }

                using (Profile.Measure(today, ProfilePhase.MorningPlans))
                {
                    await PlanDayAsync(cloud, executor, ledger, LocalTime.DayOf(nextPlan), cancellationToken);
                }

                nextPlan = nextPlan.AddDays(1);
            }

            clock.SetUtcNow(next);
            now = next;
            using (Profile.Measure(today, ProfilePhase.Trucks))
            {
                await executor.RunUntilAsync(now, cancellationToken);
            }

            using (Profile.Measure(today, ProfilePhase.Devices))
            {
                var firmware = threads.Cpu;
                var firmwareAllocated = threads.Allocated;
                var woken = await Task.Run(() => devices.RunUntil(now, threads), cancellationToken);
                Profile.Update(today, p =>
                {
                    p.Wakes += woken;
                    p.FirmwareCpu += threads.Cpu - firmware;
                    p.FirmwareAllocatedBytes += threads.Allocated - firmwareAllocated;
                });
            }

            Profile.Update(today, p =>
            {
                p.Total += Stopwatch.GetElapsedTime(stepStarted);
                p.TotalCpu += Environment.CpuUsage.TotalTime - stepCpu;
                p.AllocatedBytes += GC.GetTotalAllocatedBytes() - stepAllocated;
                p.GcPause += GC.GetTotalPauseDuration() - stepPause;
            });
            Progress?.Invoke(new SimulationProgress(_options.Policy, now, _options.Begin, _options.End, cloud.Metrics.Total("readings.accepted"), ledger.Collections, ledger.TruckKm));
            await PaceAsync(wall, now, cancellationToken);
        }

        await executor.RunUntilAsync(_options.End, cancellationToken);
        executor.FinishDays(_options.End);
        foreach (var contents in devices.Contents.Values)
        {
            contents.AdvanceTo(_options.End);
        }

        var cloudFigures = await CloudFiguresAsync(cloud, cancellationToken);
        var plans = _planSeconds.Order().ToList();
        return new PolicyKpis
        {
            Policy = _options.Policy,
            TruckKm = ledger.TruckKm,
            TruckHours = ledger.TruckHours,
            Collections = ledger.Collections,
            AverageFillAtCollection = ledger.Collections > 0 ? ledger.FillAtCollectionSum / ledger.Collections : 0,
            OverflowBinHours = devices.Contents.Values.Sum(c => c.OverflowHours) - overflowBefore,
            MissedPickups = ledger.MissedPickups,
            FuelLitres = ledger.FuelLitres,
            Co2Kg = Emissions.Co2Kg(ledger.FuelLitres),
            SpiltLitres = devices.Contents.Values.Sum(c => c.SpiltLitres) - spiltBefore,
            Skips = ledger.Skips,
            Breakdowns = ledger.Breakdowns,
            DisposalTrips = ledger.DisposalTrips,
            LunchBreaks = ledger.LunchBreaks,
            TruckDays = ledger.TruckDays,
            ByStream = ledger.ByStream,
            RePlansRefused = ledger.RePlansRefused,
            Cloud = cloudFigures,
            RunSeconds = wall.Elapsed.TotalSeconds,
            PlanSecondsMedian = plans.Count > 0 ? plans[plans.Count / 2] : 0,
            PlanSecondsMax = plans.Count > 0 ? plans[^1] : 0,
        };
    }

    private async Task PlanDayAsync(EmbeddedCloud cloud, TruckExecutor executor, KpiLedger ledger, DateOnly day, CancellationToken cancellationToken)
    {
        var warmUp = day < _options.Start.AddDays(_options.WarmUpDays);
        ledger.Counting = !warmUp;
        var policy = warmUp ? SelectionPolicy.Daily : _options.Policy;
        // A depot without trucks serves no bins (the fleet is sized from the bins each depot serves): nothing to plan.
        // Depots are planned at once, each by its own grain; their trucks leave in the depots' order.
        var depots = _city.Fleet.Depots.Where(d => _city.Fleet.Vehicles.Any(v => v.DepotId == d.Id)).ToList();
        var plans = await Task.WhenAll(depots.Select(async depot =>
        {
            var timer = Stopwatch.StartNew();
            var plan = await cloud.Api.PlanAsync(depot.Id, day, policy, cancellationToken);
            return (Plan: plan, Seconds: timer.Elapsed.TotalSeconds);
        }));
        foreach (var (plan, seconds) in plans)
        {
            if (!warmUp)
            {
                _planSeconds.Add(seconds);
            }

            executor.Start(plan);
        }
    }

    private async Task PaceAsync(Stopwatch wall, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_options.Speed <= 0)
        {
            return;
        }

        var due = (now - _options.Begin) / _options.Speed;
        if (due > wall.Elapsed)
        {
            await Task.Delay(due - wall.Elapsed, cancellationToken);
        }
    }

    private async Task<CloudFigures> CloudFiguresAsync(EmbeddedCloud cloud, CancellationToken cancellationToken)
    {
        var totals = cloud.Metrics.Totals();
        var from = LocalTime.DayOf(_options.CountFrom);
        var to = LocalTime.DayOf(_options.End).AddDays(-1);
        var collections = 0;
        foreach (var place in _city.Bins.Select(b => (b.District, b.Ward)).Distinct())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var days = await cloud.Grains.GetGrain<IZoneGrain>(ZoneKey.For(place.District, place.Ward)).GetDays(from, to);
            collections += days.Sum(d => d.Collections.Values.Sum());
        }

        var alerts = await cloud.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey)
            .List(new AlertFilter { RaisedSince = _options.CountFrom, Limit = 1_000_000 });
        return new CloudFigures
        {
            Messages = totals.GetValueOrDefault("messages"),
            ReadingsStored = totals.GetValueOrDefault("readings.accepted"),
            Refusals = totals.Where(t => t.Key.Contains("rejected", StringComparison.Ordinal) || t.Key.Contains("refused", StringComparison.Ordinal) || t.Key.Contains("forbidden", StringComparison.Ordinal))
                .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
            CollectionsDetected = collections,
            Alerts = alerts.GroupBy(a => a.Kind.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        };
    }
}
