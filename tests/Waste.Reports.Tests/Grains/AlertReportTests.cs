using System.Text.Json;
using Waste.Grains.Alerts;
using Waste.Grains.Zones;
using Waste.Reports.Documents;
using Waste.Reports.Tests.Wards;
using Waste.Reports.Wards;

namespace Waste.Reports.Tests.Grains;

/// <summary>The alert board writes each change of an alert to the report store, and what the store could not take
/// reaches it later.</summary>
public sealed class AlertReportTests : ReportWritingFixture
{
    private static readonly DateTimeOffset Raised = new(2026, 11, 26, 1, 0, 0, TimeSpan.Zero);
    private static readonly string Ward = ZoneKey.For("Thủ Dầu Một", "Phú Cường");
    private static readonly TimeSpan Within = AlertBoardGrain.ReportRetry * 4;

    private static AlertCondition Odour(string device) =>
        new(device, AlertKind.ToiletOdour, Raised, "NH3 31 ppm in 3 of the last 5 readings", "Phú Cường", "Thủ Dầu Một");

    private Task<IReadOnlyList<Alert>> StoredAsync() => Reports.ReadAlertsAsync(Ward, DateOnly.FromDateTime(Raised.UtcDateTime), CancellationToken.None);

    [Fact]
    public async Task Each_change_of_an_alert_is_in_the_store_when_the_board_answers()
    {
        var silo = await StartSiloAsync();
        var board = silo.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey);

        var alert = await board.Raise(Odour("wc-0001"));
        Assert.Equal(AlertState.Open, Assert.Single(await StoredAsync()).State);

        await board.Acknowledge(alert!.Id, "lan", "on my way");
        Assert.Equal(AlertState.Acknowledged, Assert.Single(await StoredAsync()).State);

        await board.Resolve(alert.Id, "lan", "fan repaired");
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal(AlertState.Resolved, stored.State);
        Assert.Equal(["on my way", "fan repaired"], stored.Notes.Select(n => n.Text));
    }

    [Fact]
    public async Task Alert_changes_made_while_the_store_is_down_reach_it_afterwards()
    {
        var silo = await StartSiloAsync();
        var board = silo.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey);
        Store.Down = true;

        var first = await board.Raise(Odour("wc-0001"));
        var second = await board.Raise(Odour("wc-0002"));
        await board.Resolve(first!.Id, "lan", null);
        Assert.Empty(await StoredAsync());

        Store.Down = false;

        var stored = await Eventually.FoundAsync(async () => await StoredAsync() is { Count: 2 } both ? both : null, Within);
        Assert.Equal([first.Id, second!.Id], stored.Select(a => a.Id).Order());
        Assert.Equal(AlertState.Resolved, stored.Single(a => a.Id == first.Id).State);
    }

    [Fact]
    public async Task A_ward_whose_month_of_alerts_is_full_does_not_hold_up_the_others()
    {
        var full = ZoneKey.For("Dĩ An", "Đông Hòa");
        var sample = Odour("wc-0009") with { Ward = "Đông Hòa", District = "Dĩ An" };
        Alert Stored(string id, string detail) => ReportSamples.Raised(id, Raised) with { DeviceId = "wc-0009", Ward = "Đông Hòa", District = "Dĩ An", Detail = detail };

        // Fill the ward's month so that it still fits, but not with one more alert.
        var fillers = new List<Alert>();
        int Size(params Alert[] more) => JsonSerializer.SerializeToUtf8Bytes(new MonthAlerts { Month = "2026-11", Alerts = [.. fillers, .. more] }, ReportJson.Options).Length;
        var perAlert = Size(Stored("B000001", sample.Detail)) - Size() + 1;   // and a comma
        fillers.AddRange(Enumerable.Range(0, (IDocumentStore.MaxDocumentBytes - Size()) / perAlert - 1).Select(i => Stored($"B{i:D6}", sample.Detail)));
        while (Size(Stored("A1", sample.Detail)) <= IDocumentStore.MaxDocumentBytes)
        {
            // Smaller than the board's next alert, so it fits wherever that would.
            fillers.Add(Stored($"C{fillers.Count}", ""));
        }

        var month = new MonthAlerts { Month = "2026-11", Alerts = fillers };
        Assert.True(Size() <= IDocumentStore.MaxDocumentBytes);
        await Store.CreateAsync(ReportKeys.Alerts(full, DateOnly.FromDateTime(Raised.UtcDateTime)),
            JsonSerializer.SerializeToUtf8Bytes(month, ReportJson.Options), CancellationToken.None);
        var silo = await StartSiloAsync();
        var board = silo.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey);

        await board.Raise(sample);
        var elsewhere = await board.Raise(Odour("wc-0001"));

        Assert.Equal(elsewhere!.Id, (await Eventually.FoundAsync(async () => await StoredAsync() is [var one] ? one : null, Within)).Id);
        Assert.Equal(month.Alerts.Count, (await Reports.ReadAlertsAsync(full, DateOnly.FromDateTime(Raised.UtcDateTime), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Alert_changes_the_store_missed_before_a_restart_are_written_by_the_next_silo()
    {
        var silo = await StartSiloAsync();
        Store.Down = true;
        var alert = await silo.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey).Raise(Odour("wc-0001"));
        await StopAsync(silo);

        Store.Down = false;
        var restarted = await StartSiloAsync();
        await restarted.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey).List(new AlertFilter());

        var stored = await Eventually.FoundAsync(async () => (await StoredAsync()) is [var one] ? one : null, Within);
        Assert.Equal(alert!.Id, stored.Id);
    }
}
