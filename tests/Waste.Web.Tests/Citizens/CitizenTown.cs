using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waste.Grains.Events;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Telemetry;
using Waste.Web.Public;

namespace Waste.Web.Tests.Citizens;

/// <summary>
/// A corner of the city for the citizens' tests, 25 km from every other test's devices: toilets in two wards of Thủ Dầu
/// Một (one working, one leaking, one occupied with a slight smell, spares to report on), four bins from empty to full,
/// and a month and the month before of emptyings by stream, so each ward has a sorting rate the test knows. Set up again
/// by each test that uses it (the shared clock moves): readings are sent anew during opening hours.
/// </summary>
public static class CitizenTown
{
    public const string District = "Thủ Dầu Một";
    public const string Ward = "Tương Bình Hiệp";
    public const string OtherWard = "Định Hòa";

    /// <summary>Where the citizen stands.</summary>
    public const double Latitude = 11.2005;
    public const double Longitude = 106.8001;

    /// <summary>Open, free, fresh, step-free: 55 m from the citizen.</summary>
    public const string Working = "wc-cit-0001";

    /// <summary>Leaking, so out of order: 330 m north of <see cref="Working"/>.</summary>
    public const string Leaking = "wc-cit-0002";

    /// <summary>Open, occupied, a slight smell, in <see cref="OtherWard"/>.</summary>
    public const string Occupied = "wc-cit-0003";

    /// <summary>Working toilets the report tests report on (one each).</summary>
    public static readonly string[] ToReport = ["wc-cit-0004", "wc-cit-0005", "wc-cit-0006", "wc-cit-0007"];

    /// <summary>Bins near the citizen and the fill each sends.</summary>
    public static readonly (string Id, double Fill, double Latitude, double Longitude)[] Bins =
    [
        ("bin-cit-0001", 20, 11.2008, 106.8004), ("bin-cit-0002", 60, 11.2010, 106.7996),
        ("bin-cit-0003", 85, 11.1999, 106.8009), ("bin-cit-0004", 99.5, 11.2002, 106.7990),
    ];

    /// <summary>Litres emptied in <see cref="Ward"/> this month: 100 residual, 60 recyclable, 40 organic (50 % sorted).</summary>
    public const double WardRateThisMonth = 0.5;

    /// <summary>Last month: 150 residual, 50 recyclable (25 % sorted).</summary>
    public const double WardRateLastMonth = 0.25;

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static long _sequences;

    /// <summary>The toilets by id: position, ward, step-free access.</summary>
    private static readonly (string Id, double Latitude, double Longitude, string Ward, bool? Accessible)[] Toilets =
    [
        (Working, 11.2000, 106.8000, Ward, true),
        (Leaking, 11.2030, 106.8000, Ward, false),
        (Occupied, 11.2100, 106.8050, OtherWard, null),
        ("wc-cit-0004", 11.1950, 106.7950, Ward, true),
        ("wc-cit-0005", 11.1900, 106.7900, Ward, null),
        ("wc-cit-0006", 11.2200, 106.8200, OtherWard, null),
        ("wc-cit-0007", 11.2250, 106.8250, OtherWard, null),
    ];

    /// <summary>Sets the town up (again) on <paramref name="cloud"/> and waits until the public view shows it.</summary>
    public static async Task PrepareAsync(WebCloud cloud)
    {
        await Once.WaitAsync();
        try
        {
            DuringOpeningHours(cloud);
            foreach (var (id, latitude, longitude, ward, accessible) in Toilets)
            {
                var toilet = SimulatedDevice.Toilet(id, ward, District) with { Latitude = latitude, Longitude = longitude, Accessible = accessible };
                await using var device = await SimulatedDevice.ConnectAsync(cloud, toilet, NextSequences());
                string[] alarms = id == Leaking ? ["leak"] : [];
                await device.SendAsync(new { occ = false, visits = 2, nh3_ppm = 2.0, h2s_ppm = 0.1, alarms });
                if (id == Occupied)
                {
                    // Free first, then taken: occupied since now, never stuck however far the clock moved since.
                    await device.SendAsync(new { occ = true, visits = 0, nh3_ppm = 15.0, h2s_ppm = 0.1, alarms });
                }
            }

            foreach (var (id, fill, latitude, longitude) in Bins)
            {
                var bin = SimulatedDevice.Bin(id, WasteStream.Residual, latitude, longitude) with { Ward = Ward, District = District };
                await using var device = await SimulatedDevice.ConnectAsync(cloud, bin, NextSequences());
                await device.SendAsync(new { fill_pct = fill, dist_m = 1.05 - 0.95 * fill / 100, temp_c = 29.5 });
            }

            await RecordEmptyingsAsync(cloud);
        }
        finally
        {
            Once.Release();
        }

        await UntilAsync(cloud, async () =>
        {
            var toilets = await ToiletsNearAsync(cloud);
            return Status(cloud, toilets, Working) == "Open" && Status(cloud, toilets, Leaking) == "OutOfOrder" && Status(cloud, toilets, Occupied) == "Open";
        });
    }

    /// <summary>A first sequence number for a connection of one of the town's devices, with room for ten readings after
    /// those of its earlier connections.</summary>
    public static long NextSequences() => Interlocked.Add(ref _sequences, 10);

    /// <summary>The device's public code.</summary>
    public static string CodeOf(WebCloud cloud, string deviceId) => cloud.Services.GetRequiredService<PublicCodes>().CodeOf(deviceId);

    /// <summary>The city's local day now.</summary>
    public static DateOnly Today(WebCloud cloud) => DateOnly.FromDateTime(cloud.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    /// <summary>The public toilets near the citizen, as an anonymous caller gets them.</summary>
    public static async Task<JsonElement> ToiletsNearAsync(WebCloud cloud)
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(cloud.BaseUrl) };
        return await anonymous.GetFromJsonAsync<JsonElement>(
            FormattableString.Invariant($"/api/public/toilets?lat={Latitude}&lon={Longitude}&limit=20"));
    }

    /// <summary>The status the public sees of <paramref name="deviceId"/> in <paramref name="answer"/>.</summary>
    public static string? Status(WebCloud cloud, JsonElement answer, string deviceId) => Toilet(cloud, answer, deviceId)?.GetProperty("status").GetString();

    /// <summary>The toilet whose code is <paramref name="deviceId"/>'s, in a public answer.</summary>
    public static JsonElement? Toilet(WebCloud cloud, JsonElement answer, string deviceId)
    {
        foreach (var toilet in answer.GetProperty("toilets").EnumerateArray())
        {
            if (toilet.GetProperty("code").GetString() == CodeOf(cloud, deviceId))
            {
                return toilet;
            }
        }

        return null;
    }

    /// <summary>Polls <paramref name="condition"/> for up to 20 s.</summary>
    public static async Task UntilAsync(WebCloud cloud, Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the condition did not hold within 20 s");
    }

    // Other tests move the shared clock (it never goes back): a time outside 06:00-20:00 moves to the next 06:30.
    private static void DuringOpeningHours(WebCloud cloud)
    {
        var local = cloud.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7));
        if (local.Hour is >= 6 and < 20)
        {
            return;
        }

        var morning = new DateTimeOffset(local.Date, local.Offset).AddHours(6.5);
        cloud.Clock.SetUtcNow(local.Hour < 6 ? morning : morning.AddDays(1));
    }

    // Recording is idempotent (the ward counts each emptying once), so each test may record the months again.
    private static async Task RecordEmptyingsAsync(WebCloud cloud)
    {
        var today = Today(cloud);
        var thisMonth = new DateTimeOffset(today.Year, today.Month, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var lastMonth = thisMonth.AddMonths(-1);
        var key = ZoneKey.For(District, Ward);
        var zone = cloud.Grains.GetGrain<IZoneGrain>(key);
        (WasteStream Stream, double Litres, DateTimeOffset At)[] emptyings =
        [
            (WasteStream.Residual, 100, thisMonth), (WasteStream.Recyclable, 60, thisMonth), (WasteStream.Organic, 40, thisMonth),
            (WasteStream.Residual, 150, lastMonth), (WasteStream.Recyclable, 50, lastMonth),
        ];
        foreach (var (index, (stream, litres, at)) in emptyings.Index())
        {
            await zone.Record(new BinEmptied(key, $"bin-cit-zone-{index}", stream, at, litres));
        }

        var other = ZoneKey.For(District, OtherWard);
        await cloud.Grains.GetGrain<IZoneGrain>(other).Record(new BinEmptied(other, "bin-cit-zone-other", WasteStream.Organic, thisMonth, 80));
    }
}
