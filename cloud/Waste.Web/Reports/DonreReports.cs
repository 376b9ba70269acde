using Waste.Grains.Zones;
using Waste.Registry;

namespace Waste.Web.Reports;

/// <summary>Builds DONRE's reports from the wards' days (<see cref="IZoneGrain"/>) of every ward that has devices.</summary>
public sealed class DonreReports(IGrainFactory grains, IDeviceRegistry registry)
{
    /// <summary>The report for <paramref name="period"/>, by <paramref name="area"/>.</summary>
    public async Task<DonreReport> BuildAsync(ReportPeriod period, ReportArea area)
    {
        var wards = registry.All().Select(ZoneKey.Of).Distinct(StringComparer.Ordinal).Select(ZoneKey.Parse).ToList();
        var days = await Task.WhenAll(wards.Select(w => grains.GetGrain<IZoneGrain>(ZoneKey.For(w.District, w.Ward)).GetDays(period.From, period.To)));
        var byWard = wards.Zip(days, (ward, wardDays) => (ward.District, ward.Ward, Days: wardDays)).ToList();

        IReadOnlyList<AreaFigures> rows = area == ReportArea.Ward
            ? [.. byWard.Select(w => AreaFigures.Of(w.District, w.Ward, w.Days))]
            : [.. byWard.GroupBy(w => w.District, StringComparer.Ordinal).Select(g => AreaFigures.Of(g.Key, null, g.SelectMany(w => w.Days)))];
        var ordered = rows.OrderBy(r => r.District, StringComparer.Ordinal).ThenBy(r => r.Ward, StringComparer.Ordinal).ToList();
        return new DonreReport(period, area, ordered, AreaFigures.Of("", null, byWard.SelectMany(w => w.Days)));
    }
}
