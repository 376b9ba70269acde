using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SkiaSharp;
using Waste.Web.Access;

namespace Waste.Web.Tests.Citizens;

/// <summary>Problem reports from a device's QR code: scanned from the printed label, sent from a phone with a photo,
/// on the maintenance board at once, followed by the reporter; joined with what the sensors say, and never able to
/// change an alert; refused without a proof of work and beyond a device's hourly limit.</summary>
[Collection(WebCollection.Name)]
public sealed class CitizenReportTests(WebFixture web) : IAsyncLifetime
{
    private readonly HttpClient _anonymous = new() { BaseAddress = new Uri(web.Cloud.BaseUrl) };

    public Task InitializeAsync() => CitizenTown.PrepareAsync(web.Cloud);

    public Task DisposeAsync()
    {
        _anonymous.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_label_scanned_opens_the_form_and_a_report_with_a_photo_reaches_the_maintenance_board_and_its_reporter_follows_it()
    {
        var deviceId = CitizenTown.ToReport[0];
        var code = CitizenTown.CodeOf(web.Cloud, deviceId);
        var board = await web.SignInAsync(WebCloud.UserOf(Roles.Maintenance));
        await Assertions.Expect(board.Locator("[data-test=live].on")).ToBeVisibleAsync();

        // The administrator's label for the device, read as a phone's camera would read it.
        var label = await web.Cloud.Api.GetByteArrayAsync($"/api/labels.png?device={deviceId}");
        var url = Assert.Single(LabelScan.Links(label));
        Assert.Equal($"{web.Cloud.BaseUrl}/r/{code}", url);

        var phone = await CitizenBrowser.PhoneAsync(web);
        await phone.GotoAsync(url);
        await Assertions.Expect(phone.Locator("[data-test=device]")).ToContainTextAsync("Nhà vệ sinh công cộng");
        await Assertions.Expect(phone.Locator("[data-test=device]")).ToContainTextAsync(CitizenTown.Ward);
        await phone.CheckAsync("input[name=category][value=Dirty]");
        await phone.FillAsync("textarea[name=comment]", "Sàn ướt và bẩn");
        var photo = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(photo, ExifPhoto.Jpeg());
        await phone.SetInputFilesAsync("[data-test=photo]", photo);
        await Screenshots.SaveAsync(phone, "public-report-form");

        await phone.ClickAsync("[data-test=send]");

        await phone.WaitForURLAsync("**/public/reports/**");
        File.Delete(photo);
        var followed = phone.Locator("[data-test=followed]");
        await Assertions.Expect(followed).ToHaveAttributeAsync("data-state", "received");
        await Assertions.Expect(followed).ToContainTextAsync("kèm ảnh");
        await Screenshots.SaveAsync(phone, "public-report-followed");

        // On the board without a reload: a "dirty" alert for the device, counting one citizen's report.
        var row = board.Locator($"#board tbody tr[data-device='{deviceId}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("td.kind")).ToHaveTextAsync("Bẩn (người dân báo)");
        await Assertions.Expect(row.Locator("[data-test=citizen-reports]")).ToHaveTextAsync("người dân báo: 1");
        await Screenshots.SaveAsync(board, "maintenance-board-citizen-report");

        // The device page shows the words and the photo, kept upright and without its GPS position.
        await board.GotoAsync($"/maintenance/device/{deviceId}");
        var reports = board.Locator("[data-test=citizen-reports]");
        await Assertions.Expect(reports).ToContainTextAsync("Sàn ướt và bẩn");
        await Assertions.Expect(reports.Locator("[data-test=report-photo]")).ToBeVisibleAsync();
        var kept = await web.Cloud.Api.GetByteArrayAsync(await reports.Locator("[data-test=report-photo]").GetAttributeAsync("src"));
        Assert.False(ExifPhoto.Contains(kept, "Exif") || ExifPhoto.Contains(kept, ExifPhoto.CameraComment), "metadata survived");
        using (var codec = SKCodec.Create(SKData.CreateCopy(kept)))
        {
            Assert.Equal((SKEncodedImageFormat.Jpeg, 40, 60), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
        }

        // Maintenance takes it: the reporter's page says it is being handled, and shows nobody's name or note.
        await board.GotoAsync("/maintenance");
        await board.Locator($"#board tbody tr[data-device='{deviceId}'] input[name=note]").FillAsync("ghi chú nội bộ 42");
        await board.ClickAsync($"#board tbody tr[data-device='{deviceId}'] button[data-action=Acknowledge]");
        await Assertions.Expect(board.Locator($"#board tbody tr[data-device='{deviceId}']")).ToHaveAttributeAsync("data-state", "Acknowledged");
        await phone.ReloadAsync();
        await Assertions.Expect(followed).ToHaveAttributeAsync("data-state", "inProgress");
        Assert.DoesNotContain("ghi chú nội bộ 42", await phone.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Test maintenance", await phone.ContentAsync(), StringComparison.Ordinal);
        await phone.Context.CloseAsync();
        await board.Context.CloseAsync();
    }

    [Fact]
    public async Task A_report_joins_the_alert_the_sensors_raised_and_never_changes_its_state()
    {
        var deviceId = CitizenTown.ToReport[1];
        await using (var toilet = await SimulatedDevice.ConnectAsync(web.Cloud, SimulatedDevice.Toilet(deviceId, CitizenTown.Ward, CitizenTown.District) with { Latitude = 11.19, Longitude = 106.79 }, CitizenTown.NextSequences()))
        {
            for (var i = 0; i < 3; i++)
            {
                await toilet.SendAsync(new { occ = false, visits = 1, nh3_ppm = 40.0, h2s_ppm = 0.5 });
            }
        }

        var odour = await SingleAlertAsync(deviceId, "ToiletOdour");
        var acknowledged = await web.Cloud.Api.PostAsJsonAsync($"/api/alerts/{odour.GetProperty("id").GetString()}/acknowledge", new { by = "Test maintenance", note = "đang xử lý" });
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);

        var response = await ProofOfWork.ReportAsync(_anonymous, CitizenTown.CodeOf(web.Cloud, deviceId), "Smells", "Mùi rất nặng");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var joined = await SingleAlertAsync(deviceId, "ToiletOdour");
        Assert.Equal(odour.GetProperty("id").GetString(), joined.GetProperty("id").GetString());
        Assert.Equal("Acknowledged", joined.GetProperty("state").GetString());
        Assert.Equal(1, joined.GetProperty("citizenReports").GetInt32());
        Assert.Equal(1, joined.GetProperty("notes").GetArrayLength());
        var link = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var state = await _anonymous.GetFromJsonAsync<JsonElement>($"/api/public/reports/{link}");
        Assert.Equal("inProgress", state.GetProperty("state").GetString());
        Assert.Equal("Open", CitizenTown.Status(web.Cloud, await CitizenTown.ToiletsNearAsync(web.Cloud), deviceId));
    }

    [Fact]
    public async Task A_full_bins_report_joins_the_overflow_its_sensor_saw_and_shows_on_the_dispatchers_page()
    {
        var (binId, _, _, _) = CitizenTown.Bins[^1];
        var overflow = await SingleAlertAsync(binId, "BinOverflow");

        var response = await ProofOfWork.ReportAsync(_anonymous, CitizenTown.CodeOf(web.Cloud, binId), "Overflowing", "Rác tràn ra đường");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var joined = await SingleAlertAsync(binId, "BinOverflow");
        Assert.Equal(overflow.GetProperty("id").GetString(), joined.GetProperty("id").GetString());
        Assert.Equal(1, joined.GetProperty("citizenReports").GetInt32());
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        var row = page.Locator($"[data-test=citizen-bin-reports] tr[data-device='{binId}']");
        await Assertions.Expect(row).ToContainTextAsync("Thùng tràn");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_report_without_a_proof_of_work_or_with_one_used_before_is_refused()
    {
        var code = CitizenTown.CodeOf(web.Cloud, CitizenTown.ToReport[2]);
        var (challenge, nonce) = await ProofOfWork.SolveAsync(_anonymous, code);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(code, "Dirty", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(code, "Dirty", challenge, WrongNonce(challenge, nonce))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(CitizenTown.CodeOf(web.Cloud, CitizenTown.ToReport[3]), "Dirty", challenge, nonce)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(code, "Dirty", challenge, nonce)).StatusCode);
        var again = await PostAsync(code, "Dirty", challenge, nonce);
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.Contains("used already", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await ProofOfWork.ReportAsync(_anonymous, code, "Overflowing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("AAAAA00000", "Dirty", challenge, nonce)).StatusCode);
    }

    [Fact]
    public async Task A_device_takes_three_reports_an_hour_and_a_photo_that_is_not_one_is_refused()
    {
        var code = CitizenTown.CodeOf(web.Cloud, CitizenTown.ToReport[3]);
        var notAPhoto = await ProofOfWork.ReportAsync(_anonymous, code, "Damaged", photo: "<svg onload=alert(1)>"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, notAPhoto.StatusCode);

        // The refused photo spent the device's first report of the hour; two more are taken, the next is not.
        Assert.Equal(HttpStatusCode.Created, (await ProofOfWork.ReportAsync(_anonymous, code, "Damaged")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ProofOfWork.ReportAsync(_anonymous, code, "Other", "Cửa không khoá được")).StatusCode);
        var refused = await ProofOfWork.ReportAsync(_anonymous, code, "Dirty");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        var alerts = await web.Cloud.Api.GetFromJsonAsync<JsonElement>($"/api/alerts?device={CitizenTown.ToReport[3]}");
        Assert.Equal(["ReportedDamage", "ReportedProblem"], alerts.EnumerateArray().Select(a => a.GetProperty("kind").GetString()).Order());
    }

    private async Task<HttpResponseMessage> PostAsync(string code, string category, string? challenge, string? nonce)
    {
        using var form = new MultipartFormDataContent { { new StringContent(code), "code" }, { new StringContent(category), "category" } };
        if (challenge is not null)
        {
            form.Add(new StringContent(challenge), "challenge");
        }

        if (nonce is not null)
        {
            form.Add(new StringContent(nonce), "nonce");
        }

        return await _anonymous.PostAsync("/api/public/reports", form);
    }

    private static string WrongNonce(string challenge, string right) =>
        Enumerable.Range(0, 10_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .First(n => n != right && Waste.Web.Public.ReportChallenge.LeadingZeroBits(
                System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(challenge + n))) < 12);

    private async Task<JsonElement> SingleAlertAsync(string deviceId, string kind)
    {
        for (var attempt = 0; ; attempt++)
        {
            var alerts = (await web.Cloud.Api.GetFromJsonAsync<JsonElement>($"/api/alerts?device={deviceId}&kind={kind}")).EnumerateArray().ToList();
            if (alerts.Count == 1 || attempt == 100)
            {
                return Assert.Single(alerts);
            }

            await Task.Delay(100);
        }
    }
}
