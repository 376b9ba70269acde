using Waste.Grains.Alerts;
using Waste.Grains.Events;
using Waste.Grains.Zones;
using Waste.Registry;

namespace Waste.Reports.Tests.Grains;

/// <summary>A ward grain writes its changed days and its collections to the report store on its timer and when it
/// deactivates, never on the ingest path, and loses nothing the store could not take.</summary>
public sealed class ZoneReportTests : ReportWritingFixture
{
    private const string Ward = "Thủ Dầu Một/Phú Cường";
    private static readonly TimeSpan Within = ZoneGrain.ReportDelay * 4;
    private static readonly DateTimeOffset Emptied = new(2026, 11, 26, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 11, 26);

    private static async Task RecordAsync(ReportSilo silo)
    {
        var ward = silo.Grains.GetGrain<IZoneGrain>(Ward);
        await ward.Record(new BinEmptied(Ward, "bin-0001", WasteStream.Recyclable, Emptied, 240));
        await ward.Record(new BinEmptied(Ward, "bin-0002", WasteStream.Organic, Emptied.AddMinutes(5), 120));
        await ward.Record(new FaultBegan(Ward, "wc-0001", AlertKind.ToiletLeak, Emptied));
    }

    private Task<ZoneDay> StoredDayAsync() =>
        Eventually.FoundAsync(async () => (await Reports.ReadDaysAsync(Ward, Day, Day, CancellationToken.None)) is [var day] ? day : null, Within);

    [Fact]
    public async Task A_ward_records_while_the_store_is_down_and_writes_its_day_and_collections_once_it_is_back()
    {
        var silo = await StartSiloAsync();
        Store.Down = true;

        await RecordAsync(silo);
        Store.Down = false;

        var day = await StoredDayAsync();
        Assert.Equal(240, day.CollectedLitres[WasteStream.Recyclable]);
        Assert.Equal(120, day.CollectedLitres[WasteStream.Organic]);
        Assert.Equal(1, day.FaultsRaised[AlertKind.ToiletLeak]);
        var collections = await Reports.ReadCollectionsAsync(Ward, Day, CancellationToken.None);
        Assert.Equal(["bin-0001", "bin-0002"], collections.Select(c => c.BinId));
    }

    [Fact]
    public async Task What_a_ward_could_not_write_before_its_silo_stopped_is_written_by_the_next_silo()
    {
        var silo = await StartSiloAsync();
        Store.Down = true;
        await RecordAsync(silo);
        await StopAsync(silo);
        Assert.Empty(await Reports.ReadDaysAsync(Ward, Day, Day, CancellationToken.None));

        Store.Down = false;
        var restarted = await StartSiloAsync();
        await restarted.Grains.GetGrain<IZoneGrain>(Ward).GetDays(Day, Day);

        var day = await StoredDayAsync();
        Assert.Equal(240, day.CollectedLitres[WasteStream.Recyclable]);
        Assert.Equal(2, (await Reports.ReadCollectionsAsync(Ward, Day, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_silo_that_stops_leaves_the_ward_days_in_the_store()
    {
        var silo = await StartSiloAsync();

        await RecordAsync(silo);
        await StopAsync(silo);

        var day = Assert.Single(await Reports.ReadDaysAsync(Ward, Day, Day, CancellationToken.None));
        Assert.Equal(2, day.Collections.Values.Sum());
        Assert.Equal(2, (await Reports.ReadCollectionsAsync(Ward, Day, CancellationToken.None)).Count);
    }
}
