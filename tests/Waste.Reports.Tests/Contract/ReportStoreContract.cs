using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Waste.Grains.Alerts;
using Waste.Grains.Rules;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.TestServers.DocumentStores;
using Waste.Reports.Tests.Wards;
using Waste.Reports.Wards;

namespace Waste.Reports.Tests.Contract;

/// <summary>The report store on each backend: what it writes reads back whole, on the city's local days, and no
/// stale or repeated write undoes a newer one.</summary>
public abstract class ReportStoreContract(DocumentStoreBackend backend)
{
    private static readonly DateOnly Date = new(2026, 11, 26);

    private readonly ReportStore _reports = new(backend.Store, Options.Create(new DeviceRules { UtcOffset = TimeSpan.FromHours(7) }));

    private static string NewWard() => $"Thủ Dầu Một/Phú Cường {Guid.NewGuid():N}";

    [Fact]
    public async Task A_day_reads_back_with_every_total()
    {
        var ward = NewWard();
        var day = ReportSamples.FullDay(Date);

        await _reports.WriteDayAsync(ward, day, CancellationToken.None);

        var read = Assert.Single(await _reports.ReadDaysAsync(ward, Date, Date, CancellationToken.None));
        Assert.Equal(JsonSerializer.Serialize(day, ReportJson.Options), JsonSerializer.Serialize(read, ReportJson.Options));
    }

    [Fact]
    public async Task Streams_and_alert_kinds_are_stored_by_name()
    {
        var ward = NewWard();

        await _reports.WriteDayAsync(ward, ReportSamples.FullDay(Date), CancellationToken.None);

        var json = Encoding.UTF8.GetString((await backend.Store.ReadAsync(ReportKeys.Day(ward, Date), CancellationToken.None))!.Json.Span);
        Assert.Contains("\"Recyclable\":", json, StringComparison.Ordinal);
        Assert.Contains("\"ToiletOdour\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_reads_only_the_days_that_have_anything_oldest_first()
    {
        var ward = NewWard();
        var dates = new[] { Date.AddDays(-700), Date.AddDays(-30), Date };
        foreach (var date in dates.Reverse())
        {
            await _reports.WriteDayAsync(ward, ReportSamples.FullDay(date), CancellationToken.None);
        }

        Assert.Equal(dates, (await _reports.ReadDaysAsync(ward, Date.AddDays(-800), Date, CancellationToken.None)).Select(d => d.Date));
        Assert.Equal([Date.AddDays(-30)], (await _reports.ReadDaysAsync(ward, Date.AddDays(-31), Date.AddDays(-1), CancellationToken.None)).Select(d => d.Date));
        Assert.Empty(await _reports.ReadDaysAsync(NewWard(), Date, Date, CancellationToken.None));
    }

    [Fact]
    public async Task A_stale_day_written_after_a_newer_one_does_not_lower_it()
    {
        var ward = NewWard();

        await _reports.WriteDayAsync(ward, ReportSamples.FullDay(Date, scale: 2), CancellationToken.None);
        await _reports.WriteDayAsync(ward, ReportSamples.FullDay(Date, scale: 1), CancellationToken.None);

        var read = Assert.Single(await _reports.ReadDaysAsync(ward, Date, Date, CancellationToken.None));
        Assert.Equal(960, read.CollectedLitres[WasteStream.Recyclable]);
        Assert.Equal(280, read.ToiletVisits);
    }

    [Fact]
    public async Task Two_silos_writing_one_day_at_once_both_land()
    {
        var ward = NewWard();
        var first = new ZoneDay { Date = Date, ToiletVisits = 10 };
        var second = new ZoneDay { Date = Date, OverflowBinHours = 4 };

        await Task.WhenAll(
            Task.Run(() => _reports.WriteDayAsync(ward, first, CancellationToken.None)),
            Task.Run(() => _reports.WriteDayAsync(ward, second, CancellationToken.None)));

        var read = Assert.Single(await _reports.ReadDaysAsync(ward, Date, Date, CancellationToken.None));
        Assert.Equal(10, read.ToiletVisits);
        Assert.Equal(4, read.OverflowBinHours);
    }

    [Fact]
    public async Task Collections_land_on_the_city_local_day_each_once()
    {
        var ward = NewWard();
        var lateEvening = new DateTimeOffset(2026, 11, 26, 16, 30, 0, TimeSpan.Zero);   // 23:30 on the 26th in Binh Duong
        var pastMidnight = new DateTimeOffset(2026, 11, 26, 17, 30, 0, TimeSpan.Zero);  // 00:30 on the 27th
        var collections = new[] { ReportSamples.Emptied("bin-0002", pastMidnight), ReportSamples.Emptied("bin-0001", lateEvening) };

        await _reports.AddCollectionsAsync(ward, collections, CancellationToken.None);
        await _reports.AddCollectionsAsync(ward, collections, CancellationToken.None);

        Assert.Equal(["bin-0001"], (await _reports.ReadCollectionsAsync(ward, Date, CancellationToken.None)).Select(c => c.BinId));
        var next = Assert.Single(await _reports.ReadCollectionsAsync(ward, Date.AddDays(1), CancellationToken.None));
        Assert.Equal(collections[0], next);
    }

    [Fact]
    public async Task An_alert_stays_in_the_month_it_was_raised_with_its_last_step()
    {
        var district = $"Dĩ An {Guid.NewGuid():N}";
        var raised = new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);   // 03:00 on 1 December in Binh Duong
        var alert = ReportSamples.Raised("A7", raised) with { District = district };
        var resolved = alert with
        {
            AcknowledgedAt = raised.AddHours(1),
            AcknowledgedBy = "lan",
            ResolvedAt = raised.AddDays(2),
            ResolvedBy = "lan",
            Notes = [new AlertNote(raised.AddDays(2), "lan", "sensor cleaned")],
        };

        await _reports.WriteAlertAsync(resolved, CancellationToken.None);
        await _reports.WriteAlertAsync(alert, CancellationToken.None);

        var ward = ZoneKey.For(district, "Phú Cường");
        Assert.Empty(await _reports.ReadAlertsAsync(ward, new DateOnly(2026, 11, 1), CancellationToken.None));
        var read = Assert.Single(await _reports.ReadAlertsAsync(ward, new DateOnly(2026, 12, 1), CancellationToken.None));
        Assert.Equal(JsonSerializer.Serialize(resolved, ReportJson.Options), JsonSerializer.Serialize(read, ReportJson.Options));
    }
}
