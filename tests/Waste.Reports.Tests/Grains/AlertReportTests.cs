using Waste.Grains.Alerts;
using Waste.Grains.Zones;

namespace Waste.Reports.Tests.Grains;

/// <summary>The alert board writes each change of an alert to the report store, and what the store could not take
/// reaches it later.</summary>
public sealed class AlertReportTests : ReportWritingFixture
{
    private static readonly DateTimeOffset Raised = new(2026, 11, 26, 1, 0, 0, TimeSpan.Zero);
    private static readonly string Ward = ZoneKey.For("Thủ Dầu Một", "Phú Cường");

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
        await board.Acknowledge(first!.Id, "lan", null);
        Assert.Empty(await StoredAsync());

        Store.Down = false;
        await board.Resolve(first.Id, "lan", null);

        var stored = await StoredAsync();
        Assert.Equal([first.Id, second!.Id], stored.Select(a => a.Id).Order());
        Assert.Equal(AlertState.Resolved, stored.Single(a => a.Id == first.Id).State);
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

        var stored = await Eventually.FoundAsync(async () => (await StoredAsync()) is [var one] ? one : null, TimeSpan.FromSeconds(30));
        Assert.Equal(alert!.Id, stored.Id);
    }
}
