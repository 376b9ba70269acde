using System.Net.Http.Json;
using System.Text.Json;
using Orleans.Runtime;
using Waste.Grains.Bins;

namespace Waste.EndToEnd.Tests;

/// <summary>A bin's silence is watched by its ward, not by the bin's grain: the bin is found offline after its grain
/// left memory and after the cloud restarted, and a bin that keeps reporting is asked once per deadline.</summary>
public sealed class SilenceWatchTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    private static string Topic(string id) => $"devices/{id}/messages/events/";

    private async Task<(RawDevice Device, string Id)> BinAsync(string prefix)
    {
        var device = new RawDevice((await cloud.RegisterBinsAsync(prefix, 1))[0], cloud.Clock);
        await device.ConnectAsync();
        return (device, device.DeviceId);
    }

    private Task PublishAsync(RawDevice device, long seq, double fill)
    {
        var t = cloud.Clock.GetUtcNow();
        return device.PublishAsync(Topic(device.DeviceId), TestTelemetry.Message(device.DeviceId, "bin", t, new { seq, t = TestTelemetry.Seconds(t), fill_pct = fill }));
    }

    private async Task<bool> IsOfflineAsync(string id) =>
        (await cloud.Http.GetFromJsonAsync<JsonElement>($"/api/alerts?device={id}")).EnumerateArray()
            .Any(a => a.GetProperty("kind").GetString() == "Offline" && a.GetProperty("state").GetString() == "Open");

    private ISilenceWatchGrain WatchOf(string id) => cloud.Grains.GetGrain<ISilenceWatchGrain>(SilenceWatchKey.Of(id, cloud.Registry.Find(id)));

    private async Task<bool> IsActiveAsync(string id)
    {
        var bin = cloud.Grains.GetGrain<IBinGrain>(id).GetGrainId();
        return (await cloud.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics()).Any(g => g.GrainId == bin);
    }

    [Fact]
    public async Task A_bin_whose_grain_left_memory_while_idle_is_still_found_offline()
    {
        var (device, id) = await BinAsync("watch-idle-");
        await using var _ = device;
        await PublishAsync(device, 0, 20);
        Assert.True(await IsActiveAsync(id));

        await cloud.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.False(await IsActiveAsync(id));

        cloud.Clock.Advance(TimeSpan.FromHours(13.5));
        await Eventually.TrueAsync(() => IsOfflineAsync(id).Result);
    }

    [Fact]
    public async Task A_reporting_bin_is_asked_once_its_deadline_passes_and_the_watch_then_holds_the_later_one()
    {
        var (device, id) = await BinAsync("watch-moves-");
        await using var _ = device;
        var first = cloud.Clock.GetUtcNow();
        await PublishAsync(device, 0, 20);
        Assert.Equal(first.AddHours(13), (await WatchOf(id).Deadlines())[id]);

        // A reading before the deadline does not touch the watch: it holds the earlier deadline until it passes.
        cloud.Clock.Advance(TimeSpan.FromHours(6));
        var second = cloud.Clock.GetUtcNow();
        await PublishAsync(device, 1, 25);
        Assert.Equal(first.AddHours(13), (await WatchOf(id).Deadlines())[id]);

        cloud.Clock.Advance(TimeSpan.FromHours(7.5));
        await Eventually.TrueAsync(() => WatchOf(id).Deadlines().Result[id] == second.AddHours(13));
        Assert.False(await IsOfflineAsync(id));
    }

    [Fact]
    public async Task A_bin_that_fell_silent_is_found_offline_after_the_cloud_restarts_and_watched_again_when_it_is_back()
    {
        var (device, id) = await BinAsync("watch-restart-");
        await PublishAsync(device, 0, 20);
        await device.DisposeAsync();

        await cloud.RestartAsync();
        cloud.Clock.Advance(TimeSpan.FromHours(13.5));
        await Eventually.TrueAsync(() => IsOfflineAsync(id).Result);

        // The bin raises its alert before it answers its watch, so the watch may still be taking the answer.
        await Eventually.TrueAsync(() => !WatchOf(id).Deadlines().Result.ContainsKey(id));

        var credentials = new Waste.Simulation.Devices.DeviceCredentials(id, cloud.Registry.Find(id)!.PrimaryKey, cloud.HubAddress);
        await using var back = new RawDevice(credentials, cloud.Clock);
        await back.ConnectAsync();
        await PublishAsync(back, 1, 22);
        Assert.False(await IsOfflineAsync(id));
        Assert.Equal(cloud.Clock.GetUtcNow().AddHours(13), (await WatchOf(id).Deadlines())[id]);
    }
}
