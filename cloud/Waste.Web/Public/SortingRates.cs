using Microsoft.Extensions.Options;
using Waste.Grains.Rules;
using Waste.Web.Reports;

namespace Waste.Web.Public;

/// <summary>Every ward's and district's sorting rate this month and last, and the province's, from DONRE's report (the
/// same figures DONRE sees), rebuilt at most once per <see cref="PublicOptions.RefreshSeconds"/> like the public view.</summary>
public sealed class SortingRates(
    DonreReports reports, IOptions<DeviceRules> rules, IOptions<PublicOptions> options,
    [FromKeyedServices(Telemetry.EventTime.ServiceKey)] TimeProvider eventTime)
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private Built? _cached;

    /// <summary>The rates now.</summary>
    public async Task<SortingRateTable> CurrentAsync()
    {
        var refreshEvery = TimeSpan.FromSeconds(options.Value.RefreshSeconds);
        if (_cached is { } fresh && TimeProvider.System.GetElapsedTime(fresh.At) < refreshEvery)
        {
            return fresh.Table;
        }

        await _building.WaitAsync();
        try
        {
            if (_cached is { } built && TimeProvider.System.GetElapsedTime(built.At) < refreshEvery)
            {
                return built.Table;
            }

            var table = await BuildAsync();
            _cached = new Built(table, TimeProvider.System.GetTimestamp());
            return table;
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task<SortingRateTable> BuildAsync()
    {
        var today = rules.Value.LocalDay(eventTime.GetUtcNow());
        var thisMonth = ReportPeriod.MonthOf(today);
        var lastMonth = ReportPeriod.MonthOf(today.AddMonths(-1));
        var wardsNow = await reports.BuildAsync(thisMonth, ReportArea.Ward);
        var wardsBefore = await reports.BuildAsync(lastMonth, ReportArea.Ward);
        var districtsNow = await reports.BuildAsync(thisMonth, ReportArea.District);
        var districtsBefore = await reports.BuildAsync(lastMonth, ReportArea.District);
        return new SortingRateTable(
            thisMonth.Code,
            lastMonth.Code,
            Pair(wardsNow.Rows, wardsBefore.Rows),
            Pair(districtsNow.Rows, districtsBefore.Rows),
            new AreaSortingRate("", null, wardsNow.Total.SortingRateByVolume, wardsBefore.Total.SortingRateByVolume));
    }

    private static List<AreaSortingRate> Pair(IReadOnlyList<AreaFigures> now, IReadOnlyList<AreaFigures> before) =>
    [
        .. now.Select(row => new AreaSortingRate(
            row.District, row.Ward, row.SortingRateByVolume,
            before.FirstOrDefault(b => b.District == row.District && b.Ward == row.Ward)?.SortingRateByVolume)),
    ];

    private sealed record Built(SortingRateTable Table, long At);
}
