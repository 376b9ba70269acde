using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Waste.Simulation.City;
using Waste.Simulation.Cloud;
using Waste.Simulation.Models;
using Waste.Telemetry;
using Waste.Web.Public;

namespace Waste.Simulation.Citizens;

/// <summary>
/// The demo's citizens and toilet cleaners, on the simulation's clock. Every one to five hours of daytime a citizen
/// reports a device as a phone would, through the public API with no account: they read the code on its label, solve
/// the proof of work and send a problem (a bin they find nearly full is reported overflowing; a toilet dirty, smelly
/// or out of paper; now and then something damaged). Cleaners mark every toilet cleaned at 06:00 and 14:00, as
/// maintenance would on its page, so the public page shows when each was last cleaned.
/// </summary>
public sealed class CitizenActivity(EmbeddedCloud cloud, TimeProvider clock, VirtualCity city, int seed)
{
    private static readonly TimeSpan[] CleaningTimes = [TimeSpan.FromHours(6), TimeSpan.FromHours(14)];

    private static readonly string[] Comments =
    [
        "Rác tràn ra vỉa hè", "Sàn nhà vệ sinh rất bẩn", "Có mùi hôi nặng", "Hết giấy vệ sinh", "Nắp thùng bị gãy", "",
    ];

    private readonly Random _random = new(seed);
    private DateTimeOffset _cleanedUpTo = clock.GetUtcNow();

    /// <summary>Reports the cloud took.</summary>
    public int ReportsSent { get; private set; }

    /// <summary>Reports or cleanings the cloud refused or did not answer (the demo goes on).</summary>
    public int Failures { get; private set; }

    /// <summary>Runs until <paramref name="cancellationToken"/> ends it.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var phone = new HttpClient { BaseAddress = cloud.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromHours(1 + 4 * _random.NextDouble()), clock, cancellationToken);
            try
            {
                await CleanAsync(cancellationToken);
                if (LocalTime.Of(clock.GetUtcNow()).Hour is >= 7 and < 21)
                {
                    await ReportAsync(phone, cancellationToken);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException && !cancellationToken.IsCancellationRequested)
            {
                Failures++;
            }
        }
    }

    private async Task CleanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        for (var day = LocalTime.DayOf(_cleanedUpTo); day <= LocalTime.DayOf(now); day = day.AddDays(1))
        {
            foreach (var time in CleaningTimes.Select(t => LocalTime.At(day, t)).Where(t => t > _cleanedUpTo && t <= now))
            {
                foreach (var toilet in city.Toilets)
                {
                    using var response = await cloud.Api.Http.PostAsync($"/api/toilets/{toilet.Id}/cleaned", null, cancellationToken);
                    Failures += response.IsSuccessStatusCode ? 0 : 1;
                }
            }
        }

        _cleanedUpTo = now;
    }

    private async Task ReportAsync(HttpClient phone, CancellationToken cancellationToken)
    {
        var (deviceId, kind) = _random.Next(3) == 0 && city.Toilets.Count > 0
            ? (city.Toilets[_random.Next(city.Toilets.Count)].Id, DeviceKind.Toilet)
            : (city.Bins[_random.Next(city.Bins.Count)].Id, DeviceKind.Bin);
        var category = kind == DeviceKind.Toilet
            ? new[] { "Dirty", "Smells", "OutOfSupplies", "Damaged" }[_random.Next(4)]
            : await NearlyFullAsync(deviceId, cancellationToken) ? "Overflowing" : _random.Next(4) == 0 ? "Damaged" : "Dirty";

        // The code printed on the device's label (the staff API knows it; a citizen reads it off the label).
        var label = await cloud.Api.Http.GetFromJsonAsync<JsonElement>($"/api/citizen-reports?device={deviceId}", cancellationToken);
        var code = label.GetProperty("code").GetString()!;
        var challenge = await phone.GetFromJsonAsync<JsonElement>($"/api/public/challenge?code={code}", cancellationToken);
        var text = challenge.GetProperty("challenge").GetString()!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(code), "code" },
            { new StringContent(category), "category" },
            { new StringContent(Comments[_random.Next(Comments.Length)]), "comment" },
            { new StringContent(text), "challenge" },
            { new StringContent(Solve(text, challenge.GetProperty("bits").GetInt32())), "nonce" },
        };
        using var response = await phone.PostAsync("/api/public/reports", form, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            ReportsSent++;
        }
        else
        {
            Failures++;
        }
    }

    private async Task<bool> NearlyFullAsync(string binId, CancellationToken cancellationToken)
    {
        var device = await cloud.Api.Http.GetFromJsonAsync<JsonElement>($"/api/devices/{binId}", cancellationToken);
        return device.TryGetProperty("bin", out var bin) && bin.TryGetProperty("levelPercent", out var level)
            && level.ValueKind == JsonValueKind.Number && level.GetDouble() >= 85;
    }

    private static string Solve(string challenge, int bits)
    {
        for (var nonce = 0; ; nonce++)
        {
            var text = nonce.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (ReportChallenge.LeadingZeroBits(SHA256.HashData(Encoding.UTF8.GetBytes(challenge + text))) >= bits)
            {
                return text;
            }
        }
    }
}
