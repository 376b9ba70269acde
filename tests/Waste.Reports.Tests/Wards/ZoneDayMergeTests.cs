using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Waste.Grains.Alerts;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Reports.Wards;

namespace Waste.Reports.Tests.Wards;

public class ZoneDayMergeTests
{
    private static readonly DateOnly Date = new(2026, 11, 26);

    private static readonly Gen<ZoneDay> Days = Gen.Select(
        Gen.Double[0, 1000].Array[4], Gen.Int[0, 50].Array[4], Gen.Double[0, 24].Array[3], Gen.Int[0, 500], Gen.Int[0, 5].Array[3],
        (litres, counts, hours, visits, faults) => new ZoneDay
        {
            Date = Date,
            CollectedLitres = Enum.GetValues<WasteStream>().Zip(litres).ToDictionary(p => p.First, p => p.Second),
            CollectedKilograms = Enum.GetValues<WasteStream>().Zip(litres).ToDictionary(p => p.First, p => p.Second * 0.2),
            Collections = Enum.GetValues<WasteStream>().Zip(counts).ToDictionary(p => p.First, p => p.Second),
            OverflowBinHours = hours[0],
            ToiletAvailableHours = hours[1],
            ToiletUnavailableHours = hours[2],
            ToiletVisits = visits,
            FaultsRaised = new[] { AlertKind.Offline, AlertKind.ToiletLeak, AlertKind.BinFire }.Zip(faults).Where(p => p.Second > 0).ToDictionary(p => p.First, p => p.Second),
        });

    private static string Json(ZoneDay day) => JsonSerializer.Serialize(day, ReportJson.Options);

    [Fact]
    public void A_day_merged_with_itself_is_unchanged() =>
        Days.Sample(day => Assert.Equal(Json(day), Json(ZoneDayMerge.Max(day, day))));

    [Fact]
    public void A_stale_view_merged_in_either_order_never_lowers_a_later_one() =>
        Gen.Select(Days, Days).Sample((earlier, growth) =>
        {
            var later = ZoneDayMerge.Max(earlier, growth);

            Assert.Equal(Json(later), Json(ZoneDayMerge.Max(later, earlier)));
            Assert.Equal(Json(later), Json(ZoneDayMerge.Max(earlier, later)));
        });

    [Fact]
    public void Each_total_of_a_merge_is_the_larger_of_the_two() =>
        Gen.Select(Days, Days).Sample((a, b) =>
        {
            var merged = ZoneDayMerge.Max(a, b);

            Assert.Equal(Math.Max(a.OverflowBinHours, b.OverflowBinHours), merged.OverflowBinHours);
            Assert.Equal(Math.Max(a.ToiletVisits, b.ToiletVisits), merged.ToiletVisits);
            foreach (var stream in Enum.GetValues<WasteStream>())
            {
                Assert.Equal(Math.Max(a.CollectedLitres[stream], b.CollectedLitres[stream]), merged.CollectedLitres[stream]);
                Assert.Equal(Math.Max(a.Collections[stream], b.Collections[stream]), merged.Collections[stream]);
            }

            Assert.Equal(a.FaultsRaised.Keys.Union(b.FaultsRaised.Keys).Order(), merged.FaultsRaised.Keys.Order());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json(ZoneDayMerge.Max(b, a))), JsonNode.Parse(Json(merged))), "the merge depends on the order");
        });

    [Fact]
    public void Every_member_of_a_day_survives_a_merge_with_an_empty_day()
    {
        // A member added to ZoneDay must be taught to the merge: this count fails first, and says so.
        var members = typeof(ZoneDay).GetProperties().Count(p => p.GetCustomAttribute<IdAttribute>() is not null);
        Assert.True(members == 9, $"ZoneDay has {members} persisted members, the merge knows 9: teach ZoneDayMerge the new one");

        var full = ReportSamples.FullDay(Date);
        var empty = new ZoneDay { Date = Date };

        Assert.Equal(Json(full), Json(ZoneDayMerge.Max(empty, full)));
        Assert.Equal(Json(full), Json(ZoneDayMerge.Max(full, empty)));
    }

    [Fact]
    public void Two_lists_of_days_merge_by_date_oldest_first()
    {
        var stored = new[] { ReportSamples.FullDay(Date.AddDays(-500)), ReportSamples.FullDay(Date, scale: 1) };
        var kept = new[] { ReportSamples.FullDay(Date.AddDays(1)), ReportSamples.FullDay(Date, scale: 2) };

        var merged = ZoneDayMerge.Max(stored, kept);

        Assert.Equal([Date.AddDays(-500), Date, Date.AddDays(1)], merged.Select(d => d.Date));
        Assert.Equal(280, merged[1].ToiletVisits);
    }
}
