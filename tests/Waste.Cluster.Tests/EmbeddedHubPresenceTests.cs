using System.Net.Http.Json;
using System.Text.Json;
using Waste.Broker.Tests.Broker;
using Waste.Cluster.Tests.Devices;
using Waste.Cluster.Tests.Silos;
using Waste.Registry;
using Waste.TestServers;

namespace Waste.Cluster.Tests;

/// <summary>
/// Presence across a silo's death with embedded hubs: each silo runs its own MQTT hub, a device is connected to one of
/// them, and its session grain may live on any silo. Two silo processes on Redis membership and Redis grain storage;
/// half the devices on each silo's hub; the silo killed is the one holding session grains of devices connected to the
/// other's hub.
/// </summary>
public sealed class EmbeddedHubPresenceTests : IAsyncLifetime
{
    private const int DevicesPerHub = 6;

    private readonly RedisServer _redis = new();
    private SiloCluster _cluster = null!;
    private IReadOnlyList<RegisteredDevice> _bins = [];

    public async Task InitializeAsync()
    {
        await _redis.StartAsync();
        _cluster = new SiloCluster(["silo-a", "silo-b"],
        [
            "--Cluster:Provider=Redis",
            $"--Cluster:Redis:ConnectionString={_redis.ConnectionString}",
            "--Storage:Provider=Redis",
            $"--Storage:Redis:ConnectionString={_redis.ConnectionString}",
        ]);
        _bins = await _cluster.RegisterBinsAsync("embedded", DevicesPerHub * 2);
        await _cluster.StartAsync();
    }

    [Fact]
    public async Task After_a_silo_dies_the_devices_on_the_other_silos_hub_are_reached_and_messages_for_its_own_wait_until_their_devices_reconnect()
    {
        var (first, second) = (_cluster["silo-a"], _cluster["silo-b"]);
        // Session grains are first called through the second silo, so they live there (a session grain is placed on
        // the silo that first calls it).
        foreach (var bin in _bins)
        {
            (await second.Http.GetAsync($"/api/devices/{bin.Id}/messages")).EnsureSuccessStatusCode();
        }

        var onFirst = await ConnectAsync(_bins.Take(DevicesPerHub), first);
        var onSecond = await ConnectAsync(_bins.Skip(DevicesPerHub), second);
        var sessions = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var device in onFirst.Concat(onSecond))
        {
            await SiloCluster.WaitUntilConnectedAsync(first, device.DeviceId);
            sessions[device.DeviceId] = (await SiloCluster.PlacementAsync(first, device.DeviceId)).SessionSilo;
        }

        // The silo to kill holds the session grains of devices connected to the other silo's hub: those grains move.
        List<SharedBrokerDevice> MovedIfKilled(SiloProcess victim, IEnumerable<SharedBrokerDevice> onOther) =>
            [.. onOther.Where(d => sessions[d.DeviceId] == victim.Endpoint)];
        var (victim, survivor, onVictim, onSurvivor) = MovedIfKilled(second, onFirst).Count >= MovedIfKilled(first, onSecond).Count
            ? (second, first, onSecond, onFirst)
            : (first, second, onFirst, onSecond);
        var moved = MovedIfKilled(victim, onSurvivor);
        Assert.NotEmpty(moved);
        await victim.KillAsync();
        await _cluster.WaitForActiveAsync([survivor]);

        // A session grain that moved to the survivor reaches its device through the survivor's hub.
        foreach (var device in moved)
        {
            Assert.Equal("Delivered", await SendAsync(survivor, device.DeviceId, "after-kill"));
            Assert.Equal("after-kill", Command(await device.ReceiveAsync()));
        }

        // The dead silo's hub took its devices' connections with it: their messages wait, and arrive once each
        // device reconnects, here to the survivor's hub.
        foreach (var device in onVictim)
        {
            Assert.Equal("Queued", await SendAsync(survivor, device.DeviceId, "while-away"));
        }

        foreach (var bin in _bins.Where(b => onVictim.Any(d => d.DeviceId == b.Id)))
        {
            await using var again = EmbeddedHubDevices.On(bin, survivor.MqttPort);
            await again.ConnectWhenKnownAsync($"devices/{bin.Id}/messages/devicebound/#");
            Assert.Equal("while-away", Command(await again.ReceiveAsync()));
        }

        foreach (var device in onFirst.Concat(onSecond))
        {
            await device.DisposeAsync();
        }
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private static async Task<List<SharedBrokerDevice>> ConnectAsync(IEnumerable<RegisteredDevice> bins, SiloProcess hub)
    {
        var devices = new List<SharedBrokerDevice>();
        foreach (var bin in bins)
        {
            var device = EmbeddedHubDevices.On(bin, hub.MqttPort);
            await device.ConnectWhenKnownAsync($"devices/{bin.Id}/messages/devicebound/#");
            devices.Add(device);
        }

        return devices;
    }

    private static async Task<string?> SendAsync(SiloProcess through, string deviceId, string command)
    {
        var response = await through.Http.PostAsJsonAsync($"/api/devices/{deviceId}/messages", new { cmd = command });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString();
    }

    private static string? Command((string Topic, string Payload) message) =>
        JsonDocument.Parse(message.Payload).RootElement.GetProperty("cmd").GetString();
}
