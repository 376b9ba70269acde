using Waste.Grains.Alerts;

namespace Waste.Reports.Tests.Grains;

/// <summary>The alert board moves its resolved alerts to a state of their own (at its timer and when it deactivates):
/// they are listed and counted as before, once each, and stay resolved.</summary>
public sealed class ResolvedAlertsTests : ReportWritingFixture
{
    private static readonly DateTimeOffset Raised = new(2026, 11, 26, 1, 0, 0, TimeSpan.Zero);

    private static AlertCondition Odour(string device) =>
        new(device, AlertKind.ToiletOdour, Raised, "NH3 31 ppm in 3 of the last 5 readings", "Phú Cường", "Thủ Dầu Một");

    private static GrainId Board(ReportSilo silo) => silo.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey).GetGrainId();

    private static async Task<(GrainState<T> Stored, T State)> ReadAsync<T>(ReportSilo silo, string stateName)
        where T : new()
    {
        var stored = new GrainState<T>(new T());
        await silo.DeviceStorage.ReadStateAsync(stateName, Board(silo), stored);
        return (stored, stored.State ?? throw new InvalidOperationException($"{stateName} read as nothing"));
    }

    [Fact]
    public async Task Resolved_alerts_moved_apart_by_a_restart_are_listed_and_counted_once_and_stay_resolved()
    {
        var silo = await StartSiloAsync();
        var board = silo.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey);
        var first = await board.Raise(Odour("wc-0001"));
        var second = await board.Raise(Odour("wc-0002"));
        var third = await board.Raise(Odour("wc-0003"));
        await board.Resolve(first!.Id, "lan", "fan repaired");
        await board.Resolve(second!.Id, "lan", null);
        await board.Acknowledge(third!.Id, "lan", null);
        await StopAsync(silo);

        var restarted = await StartSiloAsync();
        Assert.Equal([first.Id, second.Id], (await ReadAsync<ResolvedAlertsState>(restarted, "alerts-resolved")).State.Alerts.Select(a => a.Id));
        Assert.Equal([third.Id], (await ReadAsync<AlertBoardState>(restarted, "alerts")).State.Alerts.Select(a => a.Id));

        board = restarted.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey);
        var listed = await board.List(new AlertFilter());
        Assert.Equal([first.Id, second.Id, third.Id], listed.Select(a => a.Id).Order());
        Assert.Equal([first.Id, second.Id], listed.Where(a => a.State == AlertState.Resolved).Select(a => a.Id).Order());
        Assert.Equal(["fan repaired"], listed.Single(a => a.Id == first.Id).Notes.Select(n => n.Text));
        var statistics = await board.Statistics(new AlertFilter { Limit = int.MaxValue });
        Assert.Equal(3, statistics.Count);
        Assert.Equal(1, statistics.Unresolved);

        Assert.Equal(AlertUpdateError.AlreadyResolved, (await board.Resolve(first.Id, "lan", null)).Error);
        var again = await board.Raise(Odour("wc-0001"));
        Assert.NotNull(again);
        Assert.NotEqual(first.Id, again.Id);
        Assert.Null(await board.Raise(Odour("wc-0003")));
    }

    [Fact]
    public async Task An_alert_a_cut_short_move_left_in_both_states_is_listed_once_as_resolved()
    {
        var silo = await StartSiloAsync();
        var board = silo.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey);
        var alert = await board.Raise(Odour("wc-0001"));
        await board.Resolve(alert!.Id, "lan", null);
        await StopAsync(silo);

        // What a crash between the move's two writes leaves: the alert in the resolved state and still in the open one.
        var restarted = await StartSiloAsync();
        var resolved = Assert.Single((await ReadAsync<ResolvedAlertsState>(restarted, "alerts-resolved")).State.Alerts);
        var (open, openAlerts) = await ReadAsync<AlertBoardState>(restarted, "alerts");
        openAlerts.Alerts.Add(resolved);
        await restarted.DeviceStorage.WriteStateAsync("alerts", Board(restarted), open);

        board = restarted.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey);
        var listed = Assert.Single(await board.List(new AlertFilter()));
        Assert.Equal(AlertState.Resolved, listed.State);
        Assert.Equal(1, (await board.Statistics(new AlertFilter { Limit = int.MaxValue })).Count);
    }
}
