using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using MiniExcelLibs;
using Waste.Grains.Alerts;
using Waste.Grains.Events;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>DONRE's report in the browser and as files: the figures of the downloaded XLSX are the API's ward days
/// summed, independently, by the test.</summary>
[Collection(WebCollection.Name)]
public sealed class ReportTests(WebFixture web) : IAsyncLifetime
{
    private static readonly (string District, string Ward)[] Wards =
        [("Thủ Dầu Một", "Chánh Nghĩa"), ("Thủ Dầu Một", "Phú Lợi"), ("Dĩ An", "Đông Hòa")];

    private static readonly string[] Streams = ["Residual", "Recyclable", "Organic", "Hazardous"];

    private static readonly Dictionary<string, string> VietnameseStream = new()
    {
        ["Residual"] = "Rác còn lại", ["Recyclable"] = "Tái chế", ["Organic"] = "Hữu cơ (thực phẩm)", ["Hazardous"] = "Nguy hại",
    };

    public async Task InitializeAsync()
    {
        var november = new DateTimeOffset(2026, 11, 3, 8, 0, 0, TimeSpan.FromHours(7));
        var random = new Random(7);
        // Recording is idempotent (the zone counts each event once), so every test may set the month up again.
        foreach (var (index, (district, ward)) in Wards.Index())
        {
            var key = ZoneKey.For(district, ward);
            var binId = $"report-{index:D4}";
            await web.Cloud.Registry.SaveAsync([SimulatedDevice.Bin(binId, WasteStream.Recyclable, 10.97, 106.66) with { Ward = ward, District = district }]);
            var zone = web.Cloud.Grains.GetGrain<IZoneGrain>(key);
            for (var day = 0; day < 20; day++)
            {
                var at = november.AddDays(day);
                foreach (var stream in Enum.GetValues<WasteStream>())
                {
                    await zone.Record(new BinEmptied(key, $"{binId}-{stream}", stream, at, Math.Round(50 + 190 * random.NextDouble(), 2)));
                }

                await zone.Record(new ToiletTime(key, $"{binId}-wc", at, at.AddHours(3), Available: day % 4 != 0, Visits: random.Next(0, 40)));
            }

            await zone.Record(new BinOverflowed(key, binId, november.AddDays(2), november.AddDays(2).AddHours(5)));
            await zone.Record(new FaultBegan(key, binId, AlertKind.BinOverflow, november.AddDays(2)));
            await zone.Record(new FaultBegan(key, $"{binId}-wc", AlertKind.ToiletLeak, november.AddDays(6)));
        }

        // October's figures must not leak into November's report.
        var october = ZoneKey.For(Wards[0].District, Wards[0].Ward);
        await web.Cloud.Grains.GetGrain<IZoneGrain>(october).Record(new BinEmptied(october, "report-october", WasteStream.Residual, new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.FromHours(7)), 1000));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_xlsx_donre_downloads_holds_the_figures_of_the_api()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Donre));
        await page.GotoAsync("/reports?period=2026-11&by=Ward");
        await Assertions.Expect(page.Locator("[data-test=report] tbody tr")).Not.ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "reports-ward");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-test=xlsx]"));
        Assert.Equal("bao-cao-2026-11-phuong-xa.xlsx", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: "Số liệu").Cast<IDictionary<string, object>>().ToList();
        File.Delete(path);

        var expectedTotal = new Figures();
        foreach (var (district, ward) in Wards)
        {
            var expected = await FromApiAsync(district, ward);
            expectedTotal.Add(expected);
            var row = rows.Single(r => (string)r["Quận/huyện"] == district && (string)r["Phường/xã"] == ward);
            AssertRow(expected, row);
        }

        var zones = await web.Cloud.Api.GetFromJsonAsync<JsonElement>("/api/zones");
        foreach (var zone in zones.EnumerateArray().Where(z => !Wards.Contains((z.GetProperty("district").GetString()!, z.GetProperty("ward").GetString()!))))
        {
            expectedTotal.Add(await FromApiAsync(zone.GetProperty("district").GetString()!, zone.GetProperty("ward").GetString()!));
        }

        Assert.Equal(zones.GetArrayLength() + 1, rows.Count);
        AssertRow(expectedTotal, rows.Single(r => (string)r["Quận/huyện"] == "Toàn thành phố"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_csv_follows_the_readers_number_format_vietnamese_by_default_and_english_on_request()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Donre));
        await page.GotoAsync("/reports?period=2026-11&by=District");
        var vietnamese = await DownloadTextAsync(page, "[data-test=csv]");

        await page.ClickAsync("a[lang=en]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sorting and service report");
        await Screenshots.SaveAsync(page, "reports-district-english");
        var english = await DownloadTextAsync(page, "[data-test=csv]");

        var expected = await FromApiAsync(Wards[2].District, Wards[2].Ward);
        var total = expected.Litres.Values.Sum().ToString("F1", CultureInfo.InvariantCulture);
        Assert.StartsWith("Quận/huyện;Phường/xã;Thể tích (L): Rác còn lại;", vietnamese, StringComparison.Ordinal);
        Assert.Contains($"Dĩ An;;", vietnamese, StringComparison.Ordinal);
        Assert.Contains($";{total.Replace('.', ',')};", vietnamese, StringComparison.Ordinal);
        Assert.StartsWith("District,Ward,Volume (L): Residual,", english, StringComparison.Ordinal);
        Assert.Contains($",{total},", english, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_report_api_gives_the_same_sorting_rate_as_the_ward_days()
    {
        var expected = await FromApiAsync(Wards[1].District, Wards[1].Ward);

        var report = await web.Cloud.Api.GetFromJsonAsync<JsonElement>("/api/reports?period=2026-11&by=Ward");

        var row = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("ward").GetString() == Wards[1].Ward);
        Assert.Equal(expected.SortingRate(expected.Litres), row.GetProperty("sortingRateByVolume").GetDouble(), 9);
        Assert.Equal(expected.SortingRate(expected.Kilograms), row.GetProperty("sortingRateByMass").GetDouble(), 9);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await web.Cloud.Api.GetAsync("/api/reports?period=2026-13")).StatusCode);
    }

    private static void AssertRow(Figures expected, IDictionary<string, object> row)
    {
        foreach (var stream in Streams)
        {
            Assert.Equal(expected.Litres[stream], Number(row[$"Thể tích (L): {VietnameseStream[stream]}"]), 0.051);
            Assert.Equal(expected.Kilograms[stream], Number(row[$"Khối lượng ước tính (kg): {VietnameseStream[stream]}"]), 0.051);
        }

        Assert.Equal(expected.Litres.Values.Sum(), Number(row["Tổng thể tích (L)"]), 0.051);
        Assert.Equal(expected.Kilograms.Values.Sum(), Number(row["Tổng khối lượng ước tính (kg)"]), 0.051);
        Assert.Equal(100 * expected.SortingRate(expected.Litres), Number(row["Tỷ lệ phân loại theo thể tích (%)"]), 0.051);
        Assert.Equal(100 * expected.SortingRate(expected.Kilograms), Number(row["Tỷ lệ phân loại theo khối lượng (%)"]), 0.051);
        Assert.Equal(expected.Collections, Number(row["Lượt thu gom"]));
        Assert.Equal(expected.Overflows, Number(row["Số lần tràn"]));
        Assert.Equal(expected.OverflowHours, Number(row["Tràn (thùng-giờ)"]), 0.051);
        Assert.Equal(expected.Visits, Number(row["Lượt sử dụng nhà vệ sinh"]));
        if (expected.AvailableHours + expected.UnavailableHours > 0)
        {
            Assert.Equal(100 * expected.AvailableHours / (expected.AvailableHours + expected.UnavailableHours), Number(row["Tỷ lệ sẵn sàng của nhà vệ sinh (%)"]), 0.051);
        }
    }

    private static double Number(object cell) => Convert.ToDouble(cell, CultureInfo.InvariantCulture);

    private async Task<Figures> FromApiAsync(string district, string ward)
    {
        var days = await web.Cloud.Api.GetFromJsonAsync<JsonElement>(
            $"/api/zones/{Uri.EscapeDataString(district)}/{Uri.EscapeDataString(ward)}/days?from=2026-11-01&to=2026-11-30");
        var figures = new Figures();
        foreach (var day in days.EnumerateArray())
        {
            foreach (var stream in day.GetProperty("collectedLitres").EnumerateObject())
            {
                figures.Litres[stream.Name] += stream.Value.GetDouble();
            }

            foreach (var stream in day.GetProperty("collectedKilograms").EnumerateObject())
            {
                figures.Kilograms[stream.Name] += stream.Value.GetDouble();
            }

            figures.Collections += day.GetProperty("collections").EnumerateObject().Sum(c => c.Value.GetInt32());
            figures.Overflows += day.GetProperty("faultsRaised").TryGetProperty("BinOverflow", out var overflows) ? overflows.GetInt32() : 0;
            figures.OverflowHours += day.GetProperty("overflowBinHours").GetDouble();
            figures.Visits += day.GetProperty("toiletVisits").GetInt32();
            figures.AvailableHours += day.GetProperty("toiletAvailableHours").GetDouble();
            figures.UnavailableHours += day.GetProperty("toiletUnavailableHours").GetDouble();
        }

        return figures;
    }

    private static async Task<string> DownloadTextAsync(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(selector));
        using var stream = await download.CreateReadStreamAsync();
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync();
    }

    /// <summary>A ward's (or the city's) month, summed by the test from the API's days.</summary>
    private sealed class Figures
    {
        public Dictionary<string, double> Litres { get; } = Streams.ToDictionary(s => s, _ => 0.0);

        public Dictionary<string, double> Kilograms { get; } = Streams.ToDictionary(s => s, _ => 0.0);

        public int Collections { get; set; }

        public int Overflows { get; set; }

        public double OverflowHours { get; set; }

        public int Visits { get; set; }

        public double AvailableHours { get; set; }

        public double UnavailableHours { get; set; }

        public double SortingRate(Dictionary<string, double> collected) => (collected.Values.Sum() - collected["Residual"]) / collected.Values.Sum();

        public void Add(Figures other)
        {
            foreach (var stream in Streams)
            {
                Litres[stream] += other.Litres[stream];
                Kilograms[stream] += other.Kilograms[stream];
            }

            Collections += other.Collections;
            Overflows += other.Overflows;
            OverflowHours += other.OverflowHours;
            Visits += other.Visits;
            AvailableHours += other.AvailableHours;
            UnavailableHours += other.UnavailableHours;
        }
    }
}
