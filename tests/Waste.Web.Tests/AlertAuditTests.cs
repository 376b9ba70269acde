using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waste.Grains.Alerts;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>An alert's trail says who really acted, and its notes have a size.</summary>
[Collection(WebCollection.Name)]
public sealed class AlertAuditTests(WebFixture web)
{
    [Fact]
    public async Task A_maintenance_token_that_claims_to_be_admin_is_recorded_as_itself()
    {
        var alert = await RaiseAsync("audit-bin-1");
        using var http = Token(Roles.Maintenance, "night shift");

        var acknowledged = await http.PostAsJsonAsync($"/api/alerts/{alert.Id}/acknowledge", new { by = "admin", note = "on my way" });
        var resolved = await http.PostAsJsonAsync($"/api/alerts/{alert.Id}/resolve", new { by = "admin" });

        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var stored = (await Board.List(new AlertFilter { DeviceId = "audit-bin-1" })).Single();
        Assert.Equal("token:night shift", stored.AcknowledgedBy);
        Assert.Equal("token:night shift", stored.ResolvedBy);
        Assert.Equal("token:night shift", Assert.Single(stored.Notes).By);
    }

    [Fact]
    public async Task A_note_over_500_characters_is_refused_with_the_reason_and_nothing_is_stored()
    {
        var alert = await RaiseAsync("audit-bin-2");
        using var http = Token(Roles.Maintenance, "day shift");

        var response = await http.PostAsJsonAsync($"/api/alerts/{alert.Id}/acknowledge", new { note = new string('x', 2_000_000) });
        var justOver = await http.PostAsJsonAsync($"/api/alerts/{alert.Id}/acknowledge", new { note = new string('x', AlertNote.MaxLength + 1) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, justOver.StatusCode);
        var problem = await justOver.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("500", problem.GetProperty("errors").GetProperty("note")[0].GetString(), StringComparison.Ordinal);
        var stored = (await Board.List(new AlertFilter { DeviceId = "audit-bin-2" })).Single();
        Assert.Empty(stored.Notes);
        Assert.Null(stored.AcknowledgedAt);
    }

    private IAlertBoardGrain Board => web.Cloud.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey);

    private async Task<Alert> RaiseAsync(string deviceId) =>
        (await Board.Raise(new AlertCondition(deviceId, AlertKind.BinFire, web.Cloud.Clock.GetUtcNow(), "test", "Phú Cường", "Thủ Dầu Một")))!;

    private HttpClient Token(string role, string name)
    {
        var (_, secret) = web.Cloud.Services.GetRequiredService<ApiTokens>().Issue(name, [role], "test");
        var http = new HttpClient { BaseAddress = new Uri(web.Cloud.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return http;
    }
}
