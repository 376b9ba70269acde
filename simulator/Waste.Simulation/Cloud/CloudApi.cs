using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Waste.Grains.Planning;

namespace Waste.Simulation.Cloud;

/// <summary>
/// The cloud's HTTP API as the simulation's dispatcher and crews call it: the fleet, a depot's day under a policy,
/// crews' reports of each stop, a truck breaking down. Every call carries the run's API token.
/// </summary>
public sealed class CloudApi : IDisposable
{
    /// <summary>The API's JSON: web defaults, enums by name.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpClient _http;

    /// <summary>Creates a client of the API at <paramref name="baseAddress"/>.</summary>
    public CloudApi(Uri baseAddress, string token)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(10) };
        _http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>The underlying client (for endpoints this class does not name).</summary>
    public HttpClient Http => _http;

    /// <summary>Replaces the fleet.</summary>
    public async Task PutFleetAsync(FleetConfiguration fleet, CancellationToken cancellationToken)
    {
        using var response = await _http.PutAsJsonAsync("/api/fleet", fleet, Json, cancellationToken);
        await EnsureAsync(response, "PUT /api/fleet", cancellationToken);
    }

    /// <summary>Plans <paramref name="depot"/>'s <paramref name="day"/> under <paramref name="policy"/>.</summary>
    public Task<CollectionPlanView> PlanAsync(string depot, DateOnly day, SelectionPolicy policy, CancellationToken cancellationToken) =>
        PostAsync($"/api/plans/{depot}/{Day(day)}?policy={policy.ToString().ToLowerInvariant()}", null, cancellationToken);

    /// <summary>The depot's day as it now stands.</summary>
    public async Task<CollectionPlanView> GetPlanAsync(string depot, DateOnly day, CancellationToken cancellationToken)
    {
        var path = $"/api/plans/{depot}/{Day(day)}";
        using var response = await _http.GetAsync(path, cancellationToken);
        await EnsureAsync(response, "GET " + path, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<CollectionPlanView>(Json, cancellationToken))!;
    }

    /// <summary>A crew reports a stop collected; it does not need the depot's day back (<c>Prefer: return=minimal</c>).</summary>
    public async Task CollectedAsync(string depot, DateOnly day, string truck, string bin, CancellationToken cancellationToken)
    {
        var path = $"/api/plans/{depot}/{Day(day)}/routes/{truck}/stops/{bin}/collected";
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Headers = { { "Prefer", "return=minimal" } } };
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, "POST " + path, cancellationToken);
    }

    /// <summary>A crew reports a stop skipped, with the reason; the cloud re-plans the rest of the day.</summary>
    public Task<CollectionPlanView> SkippedAsync(string depot, DateOnly day, string truck, string bin, string reason, CancellationToken cancellationToken) =>
        PostAsync($"/api/plans/{depot}/{Day(day)}/routes/{truck}/stops/{bin}/skipped", new { reason }, cancellationToken);

    /// <summary>A truck breaks down; the cloud re-plans the rest of the day.</summary>
    public Task<CollectionPlanView> OutOfServiceAsync(string depot, DateOnly day, string truck, CancellationToken cancellationToken) =>
        PostAsync($"/api/plans/{depot}/{Day(day)}/vehicles/{truck}/out-of-service", null, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task<CollectionPlanView> PostAsync(string path, object? body, CancellationToken cancellationToken)
    {
        using var response = body is null
            ? await _http.PostAsync(path, null, cancellationToken)
            : await _http.PostAsJsonAsync(path, body, Json, cancellationToken);
        await EnsureAsync(response, "POST " + path, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<CollectionPlanView>(Json, cancellationToken))!;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new CloudRequestFailed(what, (int)response.StatusCode, detail);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
