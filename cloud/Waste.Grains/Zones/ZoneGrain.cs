using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Waste.Forecasting;
using Waste.Grains.Events;
using Waste.Grains.Rules;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Grains.Zones;

/// <summary>Keeps a ward's days and its bins' fill profiles.</summary>
public sealed class ZoneGrain(
    [PersistentState("zone", StorageNames.Devices)] IPersistentState<ZoneState> state,
    [PersistentState("zone-rates", StorageNames.Devices)] IPersistentState<ZoneRatesState> rates,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
    IOptions<DeviceRules> rules,
    IOptions<WasteDensities> densities,
    IReportStore reports) : Grain, IZoneGrain
{
    /// <summary>Days kept in the grain (the report store keeps them for good).</summary>
    public const int DaysKept = 400;

    /// <summary>Days a fault stays remembered as counted, before the newest day recorded. A copy comes only from a
    /// device's outbox sending again what the ward has not acknowledged, minutes after the event, so a fortnight is
    /// ample; remembered for as long as their day is kept, they made every event rewrite a year of keys (in the
    /// 2,000-bin simulation the ward states' serialization grew fifteenfold from day 2 to day 11).</summary>
    public const int CountedDaysKept = 14;

    /// <summary>How often the bins' new shares are saved, at most. They are learnt again every day, so a crash loses
    /// little; saving a ward's hundreds of profiles at each report would not scale.</summary>
    public static readonly TimeSpan SharesSaveEvery = TimeSpan.FromMinutes(2);

    /// <summary>How long the ward's prior stays the same, on the event clock. A share reported within a slot is taken
    /// in from the next slot on, so every bin asking within one gets the same prior, whatever order its bins' shares
    /// arrived in (in a simulation, bins woken in the same step report in a different order each run).</summary>
    public static readonly TimeSpan PriorSlot = TimeSpan.FromHours(1);

    /// <summary>How long changed days and collections wait before they are written to the report store: one write
    /// then serves every event of a busy while, and the store stays off the ingest path.</summary>
    public static readonly TimeSpan ReportDelay = TimeSpan.FromSeconds(10);

    private RatePrior? _prior;
    private DateOnly? _countedPrunedFor;
    private long? _slot;
    private bool _ratesDirty;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(SaveRatesAsync, new GrainTimerCreationOptions(SharesSaveEvery, SharesSaveEvery) { Interleave = false });
        this.RegisterGrainTimer(WriteReportsAsync, new GrainTimerCreationOptions(TimeSpan.Zero, ReportDelay) { Interleave = false });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await SaveRatesAsync();
        await WriteReportsAsync();
    }

    /// <inheritdoc />
    public async Task Record(BinEmptied collection)
    {
        // A bin's outbox sends its emptyings in the order its model found them, each later than the one before, and
        // a copy only of one already sent: one time per bin tells a copy from a new emptying, where a set of every
        // emptying counted made each one rewrite the ward's whole fortnight of them.
        var key = $"emptied:{collection.BinId}";
        if (state.State.CountedUntil.TryGetValue(key, out var counted) && collection.At <= counted)
        {
            return;
        }

        state.State.CountedUntil[key] = collection.At;
        state.State.Unreported.Add(collection);
        var day = Day(collection.At);
        Add(day.CollectedLitres, collection.Stream, collection.Litres);
        Add(day.CollectedKilograms, collection.Stream, collection.Litres * densities.Value.Of(collection.Stream));
        day.Collections[collection.Stream] = day.Collections.GetValueOrDefault(collection.Stream) + 1;
        await SaveAsync();
    }

    /// <inheritdoc />
    public async Task Record(BinOverflowed overflow)
    {
        foreach (var (date, hours) in UncountedHours($"overflow:{overflow.BinId}", overflow.From, overflow.To))
        {
            Day(date).OverflowBinHours += hours;
        }

        await SaveAsync();
    }

    /// <inheritdoc />
    public async Task Record(ToiletTime time)
    {
        var slices = UncountedHours($"toilet:{time.ToiletId}", time.From, time.To);
        if (slices.Count == 0)
        {
            return;
        }

        foreach (var (date, hours) in slices)
        {
            if (time.Available)
            {
                Day(date).ToiletAvailableHours += hours;
            }
            else
            {
                Day(date).ToiletUnavailableHours += hours;
            }
        }

        Day(time.To).ToiletVisits += time.Visits;
        await SaveAsync();
    }

    /// <inheritdoc />
    public async Task Record(FaultBegan fault)
    {
        if (!state.State.CountedFaults.Add($"{fault.DeviceId}@{fault.Kind}@{fault.At.ToUnixTimeSeconds()}"))
        {
            return;
        }

        var day = Day(fault.At);
        day.FaultsRaised[fault.Kind] = day.FaultsRaised.GetValueOrDefault(fault.Kind) + 1;
        await SaveAsync();
    }

    /// <inheritdoc />
    public Task ReportRates(string binId, FillShare share)
    {
        SettleShares();
        rates.State.Arriving[binId] = share;
        _ratesDirty = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<RatePrior> GetRatePrior()
    {
        SettleShares();

        // In the bins' order, so that the same shares always sum to the same prior.
        _prior ??= RatePrior.Of([.. rates.State.Bins.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => b.Value)], RatePrior.CityDefault);
        return Task.FromResult(_prior);
    }

    // In a new slot, the shares that arrived before it join the prior's. The first call of an activation takes in all
    // that arrived, as it cannot know their slots.
    private void SettleShares()
    {
        var slot = time.GetUtcNow().UtcTicks / PriorSlot.Ticks;
        if (slot == _slot)
        {
            return;
        }

        _slot = slot;
        if (rates.State.Arriving.Count == 0)
        {
            return;
        }

        foreach (var (bin, share) in rates.State.Arriving)
        {
            rates.State.Bins[bin] = share;
        }

        rates.State.Arriving.Clear();
        _prior = null;
    }

    private Task WriteReportsAsync() =>
        state.State.Unreported.Count == 0 ? Task.CompletedTask : state.State.Unreported.WriteAsync(reports, this.GetPrimaryKeyString(), state.State.Days);

    private async Task SaveRatesAsync()
    {
        if (_ratesDirty)
        {
            _ratesDirty = false;
            await rates.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ZoneDay>> GetDays(DateOnly from, DateOnly to) =>
        Task.FromResult<IReadOnlyList<ZoneDay>>([.. state.State.Days.Where(d => d.Key >= from && d.Key <= to).Select(d => d.Value)]);

    private ZoneDay Day(DateTimeOffset time) => Day(rules.Value.LocalDay(time));

    private ZoneDay Day(DateOnly date)
    {
        if (!state.State.Days.TryGetValue(date, out var day))
        {
            state.State.Days[date] = day = new ZoneDay { Date = date };
        }

        state.State.Unreported.Add(date);
        return day;
    }

    // The part of [from, to] not yet counted for this key, split at local midnights; it is counted from now on.
    private List<(DateOnly Date, double Hours)> UncountedHours(string key, DateTimeOffset from, DateTimeOffset to)
    {
        if (state.State.CountedUntil.TryGetValue(key, out var counted) && counted > from)
        {
            from = counted;
        }

        var slices = new List<(DateOnly, double)>();
        if (to <= from)
        {
            return slices;
        }

        state.State.CountedUntil[key] = to;
        var offset = rules.Value.UtcOffset;
        for (var at = from; at < to;)
        {
            var local = at.ToOffset(offset);
            var midnight = new DateTimeOffset(local.Date, offset).AddDays(1);
            var end = midnight < to ? midnight : to;
            slices.Add((DateOnly.FromDateTime(local.Date), (end - at).TotalHours));
            at = end;
        }

        return slices;
    }

    private static void Add<TKey>(Dictionary<TKey, double> totals, TKey key, double value)
        where TKey : notnull => totals[key] = totals.GetValueOrDefault(key) + value;

    private async Task SaveAsync()
    {
        var oldest = state.State.Days.Count > DaysKept ? state.State.Days.Keys.ElementAt(state.State.Days.Count - DaysKept) : (DateOnly?)null;
        if (oldest is { } cutoff)
        {
            foreach (var date in state.State.Days.Keys.Where(d => d < cutoff).ToList())
            {
                state.State.Days.Remove(date);
            }
        }

        ForgetOldFaults();
        await state.WriteStateAsync();
    }

    // Once a day (when a newer day is first recorded), not at every event: the set is scanned whole.
    private void ForgetOldFaults()
    {
        var newest = state.State.Days.Count == 0 ? (DateOnly?)null : state.State.Days.Keys.Last();
        if (newest is null || newest == _countedPrunedFor)
        {
            return;
        }

        _countedPrunedFor = newest;
        var cutoff = newest.Value.AddDays(-CountedDaysKept);
        var cutoffSeconds = new DateTimeOffset(cutoff.ToDateTime(TimeOnly.MinValue), rules.Value.UtcOffset).ToUnixTimeSeconds();
        state.State.CountedFaults.RemoveWhere(key => SecondsOf(key) < cutoffSeconds);
    }

    private static long SecondsOf(string key) => long.Parse(key[(key.LastIndexOf('@') + 1)..], CultureInfo.InvariantCulture);
}
