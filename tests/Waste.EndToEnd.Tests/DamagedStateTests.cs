using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Runtime;
using Orleans.Serialization;
using Waste.Grains.Bins;
using Waste.Storage.Sqlite;

namespace Waste.EndToEnd.Tests;

/// <summary>A bin's stored state damaged while the host runs, on the host's own database file (its bytes changed and
/// its checksum not, as a bad sector would leave it): the API refuses that bin by name (503 with problem details, not
/// a 500 from a state that cannot be read), the other bins answer as before, the bin's telemetry is left unacknowledged
/// and counted; the refusal crosses silos as itself.</summary>
public sealed class DamagedStateTests(CloudHost cloud) : IClassFixture<CloudHost>
{
    [Fact]
    public async Task A_bin_whose_stored_state_was_damaged_is_refused_by_name_and_the_others_answer()
    {
        var bins = await cloud.RegisterBinsAsync("damaged-", 2);
        foreach (var credentials in bins)
        {
            await using var device = new RawDevice(credentials, cloud.Clock);
            await device.ConnectAsync();
            await device.PublishAsync(Topic(device), Reading(device, 1));
        }

        var (damaged, intact) = (bins[0].DeviceId, bins[1].DeviceId);
        Assert.Equal(HttpStatusCode.OK, (await cloud.Http.GetAsync($"/api/devices/{damaged}")).StatusCode);
        await cloud.Grains.GetGrain<IBinGrain>(damaged).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        FlipAByte(damaged);

        var refused = await cloud.Http.GetAsync($"/api/devices/{damaged}");
        var other = await cloud.Http.GetAsync($"/api/devices/{intact}");
        await using var resending = new RawDevice(bins[0], cloud.Clock);
        await resending.ConnectAsync();
        var failures = cloud.Metrics.Total("ingest.failures");
        var unacknowledged = await Record.ExceptionAsync(() => resending.PublishAsync(Topic(resending), Reading(resending, 2)));

        var body = await refused.Content.ReadAsStringAsync();
        Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)refused.StatusCode} {body}");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString();
        Assert.Contains($"the stored state 'bin' of bin/{damaged} does not match its checksum", detail, StringComparison.Ordinal);
        Assert.Contains("docs/deployment.md", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(cloud.DataDirectory, detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        // The damaged bin's next reading is not acknowledged (the connection closes, the device keeps it) and counted.
        Assert.NotNull(unacknowledged);
        Assert.False(resending.IsConnected);
        Assert.Equal(failures + 1, cloud.Metrics.Total("ingest.failures"));
    }

    [Fact]
    public void The_refusal_crosses_silos_as_itself_with_its_finding()
    {
        var serializer = cloud.Services.GetRequiredService<Serializer>();
        var damaged = SqliteStartCheck.DamagedRow(Path.Combine(cloud.DataDirectory, "grains.db"), "bin", "bin/bin-0001");

        // As a silo's storage bridge wraps it and another silo's caller receives it.
        var received = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(new OrleansException("read failed", damaged)));

        var inner = Assert.IsType<StorageDamagedException>(received?.InnerException);
        Assert.Equal(damaged.Message, inner.Message);
        Assert.Equal("the stored state 'bin' of bin/bin-0001 does not match its checksum", inner.Finding);
    }

    private static string Topic(RawDevice device) => $"devices/{device.DeviceId}/messages/events/";

    private string Reading(RawDevice device, long sequence)
    {
        var now = cloud.Clock.GetUtcNow().ToUnixTimeSeconds();
        return $$"""{"v":1,"dev":"{{device.DeviceId}}","kind":"bin","clk":"utc","sent":{{now}},"r":[{"seq":{{sequence}},"t":{{now}},"fill_pct":30}]}""";
    }

    // Changes one byte of the bin's stored state through SQLite (so the host's connections see it at once), leaving
    // its checksum as it was.
    private void FlipAByte(string id)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(cloud.DataDirectory, "grains.db"), Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_id, data FROM grain_state WHERE state_name = 'bin' AND grain_id LIKE '%/' || $id";
        command.Parameters.AddWithValue("$id", id);
        string grain;
        byte[] data;
        using (var reader = command.ExecuteReader())
        {
            Assert.True(reader.Read());
            (grain, data) = (reader.GetString(0), reader.GetFieldValue<byte[]>(1));
        }

        data[data.Length / 2] ^= 0x5A;
        command.CommandText = "UPDATE grain_state SET data = $data WHERE state_name = 'bin' AND grain_id = $grain";
        command.Parameters.AddWithValue("$data", data);
        command.Parameters.AddWithValue("$grain", grain);
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
