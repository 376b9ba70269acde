using System.Globalization;
using Microsoft.Extensions.Options;
using Waste.Grains;
using Waste.Grains.Alerts;
using Waste.Grains.Events;
using Waste.Grains.Rules;
using Waste.Grains.Zones;
using Waste.Reports.Documents;
using Waste.Reports.Wards;

namespace Waste.Reports;

/// <summary>
/// Wards' days, collections and alert history, kept for good in a document store (<see cref="ReportKeys"/> says
/// where). Writes merge with what is stored (<see cref="ZoneDayMerge"/>, <see cref="DayCollections"/>,
/// <see cref="MonthAlerts"/>), so they are idempotent and safe from two silos; reads are point reads of ids known
/// from the dates asked for. Days are the city's local days (<see cref="DeviceRules.UtcOffset"/>), as the wards count
/// them.
/// </summary>
public sealed class ReportStore(IDocumentStore store, IOptions<DeviceRules> rules) : IReportStore
{
    /// <summary>Point reads one call runs at once.</summary>
    public const int ReadsInFlight = 8;

    private readonly JsonDocuments _documents = new(store, ReportJson.Options);

    /// <inheritdoc />
    public Task WriteDayAsync(string zoneKey, ZoneDay day, CancellationToken cancellationToken) =>
        _documents.MergeAsync<ZoneDay>(ReportKeys.Day(zoneKey, day.Date), stored => ZoneDayMerge.Max(stored, day), cancellationToken);

    /// <inheritdoc />
    public async Task AddCollectionsAsync(string zoneKey, IReadOnlyCollection<BinEmptied> collections, CancellationToken cancellationToken)
    {
        foreach (var day in collections.GroupBy(c => rules.Value.LocalDay(c.At)))
        {
            await _documents.MergeAsync<DayCollections>(ReportKeys.Collections(zoneKey, day.Key),
                stored => DayCollections.With(stored, day.Key, day), cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task WriteAlertAsync(Alert alert, CancellationToken cancellationToken)
    {
        var raisedOn = rules.Value.LocalDay(alert.RaisedAt);
        var month = raisedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return _documents.MergeAsync<MonthAlerts>(ReportKeys.Alerts(ZoneKey.For(alert.District, alert.Ward), raisedOn),
            stored => MonthAlerts.With(stored, month, alert), cancellationToken);
    }

    /// <summary>The ward's days from <paramref name="from"/> to <paramref name="to"/> (both included) that have
    /// anything recorded, oldest first: one point read per day.</summary>
    public async Task<IReadOnlyList<ZoneDay>> ReadDaysAsync(string zoneKey, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var dates = Enumerable.Range(0, Math.Max(0, to.DayNumber - from.DayNumber + 1)).Select(from.AddDays);
        var days = new ZoneDay?[Math.Max(0, to.DayNumber - from.DayNumber + 1)];
        await Parallel.ForEachAsync(dates, new ParallelOptions { MaxDegreeOfParallelism = ReadsInFlight, CancellationToken = cancellationToken },
            async (date, token) => days[date.DayNumber - from.DayNumber] = await _documents.ReadAsync<ZoneDay>(ReportKeys.Day(zoneKey, date), token));
        return [.. days.OfType<ZoneDay>()];
    }

    /// <summary>The ward's collections on <paramref name="date"/>, oldest first.</summary>
    public async Task<IReadOnlyList<BinEmptied>> ReadCollectionsAsync(string zoneKey, DateOnly date, CancellationToken cancellationToken) =>
        (await _documents.ReadAsync<DayCollections>(ReportKeys.Collections(zoneKey, date), cancellationToken))?.Collections ?? [];

    /// <summary>The alerts raised in the ward in the month of <paramref name="date"/>, each as it last was, oldest first.</summary>
    public async Task<IReadOnlyList<Alert>> ReadAlertsAsync(string zoneKey, DateOnly date, CancellationToken cancellationToken) =>
        (await _documents.ReadAsync<MonthAlerts>(ReportKeys.Alerts(zoneKey, date), cancellationToken))?.Alerts ?? [];
}
