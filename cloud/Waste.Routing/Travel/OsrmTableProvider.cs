using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Waste.Routing.Modelling;

namespace Waste.Routing.Travel;

/// <summary>
/// Road distances and times from an OSRM server's table service
/// (<c>GET /table/v1/{profile}/{lon,lat;...}?annotations=distance,duration</c>). A pair OSRM cannot route between
/// (null in its answer) is an error naming the places, never a silent zero.
/// </summary>
public sealed class OsrmTableProvider(HttpClient http, string profile = "driving") : ITravelMatrixProvider
{
    /// <inheritdoc />
    public async Task<TravelMatrix> GetMatrixAsync(IReadOnlyList<GeoPoint> places, CancellationToken cancellationToken = default)
    {
        var coordinates = string.Join(';', places.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Longitude:R},{p.Latitude:R}")));
        var answer = await http.GetFromJsonAsync<TableAnswer>($"table/v1/{profile}/{coordinates}?annotations=distance,duration", cancellationToken)
            ?? throw new InvalidOperationException("OSRM returned an empty answer");
        if (answer.Code != "Ok" || answer.Distances is null || answer.Durations is null)
        {
            throw new InvalidOperationException($"OSRM answered '{answer.Code}': {answer.Message}");
        }

        var n = places.Count;
        if (answer.Distances.Length != n || answer.Durations.Length != n)
        {
            throw new InvalidOperationException($"OSRM returned a table for {answer.Distances.Length} places, {n} asked");
        }

        var metres = new int[n * n];
        var seconds = new int[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var distance = answer.Distances[i].ElementAtOrDefault(j);
                var duration = answer.Durations[i].ElementAtOrDefault(j);
                if (distance is null || duration is null)
                {
                    throw new InvalidOperationException($"OSRM has no road from place {i} to place {j}");
                }

                metres[i * n + j] = (int)Math.Round(distance.Value);
                seconds[i * n + j] = (int)Math.Round(duration.Value);
            }
        }

        return new TravelMatrix(n, metres, seconds);
    }

    private sealed record TableAnswer(
        [property: JsonPropertyName("code")] string? Code,
        [property: JsonPropertyName("message")] string? Message,
        [property: JsonPropertyName("distances")] double?[][]? Distances,
        [property: JsonPropertyName("durations")] double?[][]? Durations);
}
