using Waste.Grains.Alerts;

namespace Waste.Reports.Tests.Grains;

/// <summary>The alert board moves its resolved alerts to a state of their own (at its timer and when it deactivates):
/// they are listed and counted as before, once each, and stay resolved.</summary>
public sealed class ResolvedAlertsTests : ReportWritingFixture
{
    private static readonly DateTimeOffset Raised = new(2026, 11, 26, 1, 0, 0, TimeSpan.Zero);

    private static AlertCondition Odour(string device) =>
        new(device, AlertKind.ToiletOdour, Raised, "NH3 31 ppm in 3 of the last 5 readings", "Phú Cường", "Thủ Dầu Một");

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
}
