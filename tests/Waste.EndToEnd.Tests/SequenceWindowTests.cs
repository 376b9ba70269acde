using System.CommandLine;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waste.Registry.Cli;
using Waste.Web.Access;

namespace Waste.EndToEnd.Tests;

/// <summary>Over MQTT into the grain: one reading numbered long.MaxValue no longer silences a bin; a bin whose numbers
/// went back shows its too-old drops per device and is heard again after a reset by the API or the devices tool.</summary>
public sealed class SequenceWindowTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    [Fact]
    public async Task A_reading_numbered_long_MaxValue_is_refused_and_every_later_normal_reading_is_stored()
    {
        var credentials = (await cloud.RegisterBinsAsync("seq-wild-", 1))[0];
        await using var device = new RawDevice(credentials, cloud.Clock);
        await device.ConnectAsync();

        await SendAsync(device, 0, 1);
        await SendAsync(device, long.MaxValue);
        await SendAsync(device, 2);
        await SendAsync(device, 3, 4);

        var bin = await BinAsync(device.DeviceId);
        Assert.Equal(5, bin.GetProperty("readingsStored").GetInt64());
        Assert.Equal(4, bin.GetProperty("highestSequence").GetInt64());
        Assert.Equal(1, bin.GetProperty("sequence").GetProperty("jumps").GetInt64());
        Assert.Equal(0, bin.GetProperty("sequence").GetProperty("tooOld").GetInt64());
        Assert.True(cloud.Metrics.Total("readings.rejected.SequenceJump") >= 1);
    }

    [Fact]
    public async Task A_wiped_bins_too_old_readings_show_on_the_device_and_a_reset_through_the_API_hears_it_again()
    {
        var credentials = (await cloud.RegisterBinsAsync("seq-api-", 1))[0];
        await using var device = new RawDevice(credentials, cloud.Clock);
        await device.ConnectAsync();
        await SendAsync(device, 7000, 7001);

        await SendAsync(device, 0);
        await SendAsync(device, 1);
        var wiped = (await BinAsync(device.DeviceId)).GetProperty("sequence");
        var reset = await cloud.Http.PostAsync($"/api/devices/{device.DeviceId}/sequence/reset", null);
        await SendAsync(device, 2);

        Assert.Equal(2, wiped.GetProperty("tooOld").GetInt64());
        Assert.NotEqual(JsonValueKind.Null, wiped.GetProperty("lastTooOldAt").ValueKind);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var bin = await BinAsync(device.DeviceId);
        Assert.Equal(2, bin.GetProperty("highestSequence").GetInt64());
        Assert.Equal(3, bin.GetProperty("readingsStored").GetInt64());
    }

    [Fact]
    public async Task The_devices_tool_resets_a_window_while_the_host_runs()
    {
        var credentials = (await cloud.RegisterBinsAsync("seq-cli-", 1))[0];
        await using var device = new RawDevice(credentials, cloud.Clock);
        await device.ConnectAsync();
        await SendAsync(device, 500);
        await SendAsync(device, 3);

        var root = new RootCommand();
        foreach (var command in RegistryCommands.All())
        {
            root.Subcommands.Add(command);
        }

        var exit = await root.Parse(["reset-sequence", device.DeviceId, "--data", cloud.DataDirectory]).InvokeAsync();
        await Eventually.TrueAsync(() => cloud.Registry.Find(device.DeviceId)!.SequenceResets == 1);
        await SendAsync(device, 4);

        Assert.Equal(0, exit);
        var bin = await BinAsync(device.DeviceId);
        Assert.Equal(4, bin.GetProperty("highestSequence").GetInt64());
        Assert.Equal(1, bin.GetProperty("sequence").GetProperty("tooOld").GetInt64());
    }

    [Fact]
    public async Task Only_an_administrator_may_reset_a_window()
    {
        var credentials = (await cloud.RegisterBinsAsync("seq-role-", 1))[0];
        var (_, secret) = cloud.Services.GetRequiredService<ApiTokens>().Issue("maintenance", [Roles.Maintenance], "test");
        using var http = new HttpClient { BaseAddress = cloud.Http.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);

        var response = await http.PostAsync($"/api/devices/{credentials.DeviceId}/sequence/reset", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task SendAsync(RawDevice device, params long[] sequences)
    {
        var now = cloud.Clock.GetUtcNow().ToUnixTimeSeconds();
        var readings = string.Join(",", sequences.Select(s => $$"""{"seq":{{s}},"t":{{now}},"fill_pct":30}"""));
        await device.PublishAsync($"devices/{device.DeviceId}/messages/events/", $$"""{"v":1,"dev":"{{device.DeviceId}}","kind":"bin","clk":"utc","sent":{{now}},"r":[{{readings}}]}""");
    }

    private async Task<JsonElement> BinAsync(string id) => (await cloud.GetDeviceAsync(id)).GetProperty("bin");
}
