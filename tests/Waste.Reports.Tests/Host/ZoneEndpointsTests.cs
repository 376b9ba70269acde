using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Waste.Grains.Rules;
using Waste.Grains.Zones;
using Waste.Host;
using Waste.Reports.Sqlite;
using Waste.Reports.Tests.Wards;
using Waste.TestServers;

namespace Waste.Reports.Tests.Host;

/// <summary>The cloud host reads wards' days, collections and alert history from the report store it registered
/// (SQLite by default), so reports reach further back than the ward grain keeps.</summary>
public sealed class ZoneEndpointsTests : IAsyncLifetime
{
    private static readonly DateOnly LongAgo = new(2024, 3, 8);
    private readonly string _directory = Directory.CreateTempSubdirectory("waste-reports-host-").FullName;
    private readonly string _hostToken = "wst_" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
    private readonly HttpClient _http = new();
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        // What the store kept of a day more than 400 days back, written before the host starts.
        var earlier = new ReportStore(new SqliteDocumentStore(Path.Combine(_directory, "reports.db")), Options.Create(new DeviceRules()));
        await earlier.WriteDayAsync(ReportSamples.Ward, ReportSamples.FullDay(LongAgo), CancellationToken.None);
        await earlier.AddCollectionsAsync(ReportSamples.Ward, [ReportSamples.Emptied("bin-0001", new DateTimeOffset(2024, 3, 8, 2, 0, 0, TimeSpan.Zero))], CancellationToken.None);
        await earlier.WriteAlertAsync(ReportSamples.Raised("A1", new DateTimeOffset(2024, 3, 8, 2, 0, 0, TimeSpan.Zero)), CancellationToken.None);

        var ports = LoopbackPorts.Take(4);
        _app = WasteHost.Create(
        [
            $"--Urls=http://127.0.0.1:{ports[0]}",
            $"--Storage:DataDirectory={_directory}",
            $"--Hub:MqttPort={ports[1]}",
            $"--Silo:SiloPort={ports[2]}",
            $"--Silo:GatewayPort={ports[3]}",
            $"--Web:HostToken={_hostToken}",
        ]);
        await _app.StartAsync();
        _http.BaseAddress = new Uri($"http://127.0.0.1:{ports[0]}");
        _http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _hostToken);
    }

    [Fact]
    public async Task A_ward_day_the_grain_no_longer_keeps_comes_from_the_report_store()
    {
        var days = await _http.GetFromJsonAsync<JsonElement>("/api/zones/Thủ Dầu Một/Phú Cường/days?from=2024-03-01&to=2024-03-31");

        var day = Assert.Single(days.EnumerateArray());
        Assert.Equal("2024-03-08", day.GetProperty("date").GetString());
        Assert.Equal(480, day.GetProperty("collectedLitres").GetProperty("Recyclable").GetDouble());
        Assert.Equal(140, day.GetProperty("toiletVisits").GetInt32());
    }

    [Fact]
    public async Task A_ward_collections_and_alert_history_come_from_the_report_store()
    {
        var collections = await _http.GetFromJsonAsync<JsonElement>("/api/zones/Thủ Dầu Một/Phú Cường/collections?date=2024-03-08");
        var alerts = await _http.GetFromJsonAsync<JsonElement>("/api/zones/Thủ Dầu Một/Phú Cường/alerts?month=2024-03");

        Assert.Equal("bin-0001", Assert.Single(collections.EnumerateArray()).GetProperty("binId").GetString());
        Assert.Equal("A1", Assert.Single(alerts.EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty((await _http.GetFromJsonAsync<JsonElement>("/api/zones/Thủ Dầu Một/Phú Cường/alerts?month=2024-04")).EnumerateArray());
    }

    [Theory]
    [InlineData("/api/zones/Thủ Dầu Một/Phú Cường/alerts?month=March")]
    [InlineData("/api/zones/Thủ Dầu Một/Phú Cường/days?from=2024-03-31&to=2024-03-01")]
    public async Task A_malformed_period_is_refused_with_a_reason(string url)
    {
        var response = await _http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("title", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
