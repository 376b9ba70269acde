using Waste.Grains.Alerts;

namespace Waste.Cloud.Tests.Grains;

public class AlertStatisticsTests
{
    private static readonly DateTimeOffset Raised = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static Alert Handled(int acknowledgeMinutes, int? resolveMinutes, AlertKind kind = AlertKind.ToiletLeak, string ward = "Phú Cường") => new()
    {
        Id = Guid.NewGuid().ToString(),
        DeviceId = "wc-1",
        Kind = kind,
        Ward = ward,
        RaisedAt = Raised,
        AcknowledgedAt = Raised.AddMinutes(acknowledgeMinutes),
        AcknowledgedBy = "m",
        ResolvedAt = resolveMinutes is { } r ? Raised.AddMinutes(r) : null,
        ResolvedBy = resolveMinutes is null ? null : "m",
    };

    [Fact]
    public void Medians_and_means_count_only_the_alerts_that_reached_each_step()
    {
        Alert[] alerts = [Handled(10, 60), Handled(20, 120), Handled(30, null), new() { Id = "x", DeviceId = "b", Kind = AlertKind.BinFire, RaisedAt = Raised }];

        var statistics = AlertStatistics.Of(alerts);

        Assert.Equal(4, statistics.Count);
        Assert.Equal(2, statistics.Unresolved);
        Assert.Equal(TimeSpan.FromMinutes(20), statistics.MedianTimeToAcknowledge);
        Assert.Equal(TimeSpan.FromMinutes(20), statistics.MeanTimeToAcknowledge);
        Assert.Equal(TimeSpan.FromMinutes(90), statistics.MedianTimeToResolve);
        Assert.Equal(TimeSpan.FromMinutes(90), statistics.MeanTimeToResolve);
    }

    [Fact]
    public void A_filter_matches_on_every_member_it_sets()
    {
        var leak = Handled(5, null);
        var filter = new AlertFilter { States = [AlertState.Acknowledged], Kinds = [AlertKind.ToiletLeak], Ward = "phú cường", RaisedSince = Raised };

        Assert.True(filter.Matches(leak));
        Assert.False((filter with { Kinds = [AlertKind.BinFire] }).Matches(leak));
        Assert.False((filter with { States = [AlertState.Open] }).Matches(leak));
        Assert.False((filter with { RaisedBefore = Raised }).Matches(leak));
        Assert.False((filter with { DeviceId = "other" }).Matches(leak));
        Assert.True(new AlertFilter().Matches(leak));
    }

    [Fact]
    public void An_alert_is_open_then_acknowledged_then_resolved()
    {
        var alert = new Alert { Id = "a", DeviceId = "d", Kind = AlertKind.Offline, RaisedAt = Raised };

        Assert.Equal(AlertState.Open, alert.State);
        Assert.Equal(AlertState.Acknowledged, (alert with { AcknowledgedAt = Raised }).State);
        Assert.Equal(AlertState.Resolved, (alert with { ResolvedAt = Raised }).State);
        Assert.Null(alert.TimeToAcknowledge);
    }
}
