using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Waste.Grains.Devices;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>Administrators register and import devices, edit a twin, revoke a device, and manage people and API
/// tokens; every secret is shown once.</summary>
[Collection(WebCollection.Name)]
public sealed class AdminTests(WebFixture web)
{
    [Fact]
    public async Task A_registered_device_gets_a_connection_string_shown_once_and_it_connects()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Admin));
        await page.FillAsync("#New_Id", "bin-admin-0001");
        await page.SelectOptionAsync("#New_Stream", "Organic");
        await page.FillAsync("#New_CapacityLitres", "120");
        await page.FillAsync("#New_Ward", "Phú Hòa");
        await page.FillAsync("#New_District", "Thủ Dầu Một");
        await page.FillAsync("#New_Latitude", "10.9751");
        await page.FillAsync("#New_Longitude", "106.6702");
        await page.ClickAsync("form[action*=Register] button[type=submit]");

        var secret = await page.Locator("[data-test=secret][data-name='bin-admin-0001']").TextContentAsync();
        Assert.StartsWith("HostName=", secret, StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "admin-devices");
        var device = web.Cloud.Registry.Find("bin-admin-0001")!;
        Assert.Equal((WasteStream.Organic, 120.0, "Phú Hòa"), (device.Stream!.Value, device.CapacityLitres!.Value, device.Ward!));
        Assert.Contains(device.PrimaryKey, secret, StringComparison.Ordinal);

        await page.GotoAsync("/admin/devices");
        await Assertions.Expect(page.Locator("[data-test=secrets]")).ToHaveCountAsync(0);
        Assert.DoesNotContain(device.PrimaryKey, await page.ContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_csv_import_registers_the_good_rows_and_lists_the_refused_ones_by_line()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Admin));
        var csv = "id,kind,latitude,longitude,ward,district,stream,capacity_litres\n"
            + "bin-import-0001,bin,10.98,106.65,Phú Cường,Thủ Dầu Một,recyclable,240\n"
            + "bin-import-0002,bin,95,106.65,Phú Cường,Thủ Dầu Một,recyclable,240\n"
            + "wc-import-0001,toilet,10.98,106.65,Phú Cường,Thủ Dầu Một,,\n";

        await page.SetInputFilesAsync("input[type=file]", new FilePayload { Name = "devices.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("form[action*=Import] button[type=submit]");

        await Assertions.Expect(page.Locator("[data-test=import-result]")).ToHaveTextAsync("Đã đăng ký 2, 0 đã có sẵn, 1 dòng bị từ chối.");
        await Assertions.Expect(page.Locator("[role=alert]")).ToContainTextAsync("line 3: latitude");
        await Assertions.Expect(page.Locator("[data-test=secret]")).ToHaveCountAsync(2);
        Assert.NotNull(web.Cloud.Registry.Find("wc-import-0001"));
        Assert.Null(web.Cloud.Registry.Find("bin-import-0002"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_desired_configuration_is_patched_and_a_bad_patch_is_refused_with_the_reason()
    {
        await web.Cloud.Registry.SaveAsync([SimulatedDevice.Bin("bin-twin-0001", WasteStream.Residual, 10.98, 106.65)]);
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Admin));
        await page.GotoAsync("/admin/device/bin-twin-0001");

        await page.FillAsync("[data-test=patch]", "{\"samplePeriodSeconds\": 600}");
        await page.ClickAsync("form[action*=Desired] button");
        await Assertions.Expect(page.Locator("[data-test=saved]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-test=desired]")).ToContainTextAsync("\"samplePeriodSeconds\": 600");
        await Screenshots.SaveAsync(page, "admin-device");

        await page.FillAsync("[data-test=patch]", "[1, 2]");
        await page.ClickAsync("form[action*=Desired] button");
        await Assertions.Expect(page.Locator("[role=alert]")).ToBeVisibleAsync();
        var twin = await web.Cloud.Grains.GetGrain<IDeviceTwinGrain>("bin-twin-0001").Get();
        Assert.Equal(600, JsonDocument.Parse(twin.Desired).RootElement.GetProperty("samplePeriodSeconds").GetInt32());

        await page.ClickAsync("[data-test=revoke]");
        await Assertions.Expect(page.Locator("[data-test=saved]")).ToBeVisibleAsync();
        Assert.Equal(DeviceState.Revoked, web.Cloud.Registry.Find("bin-twin-0001")!.State);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_new_user_signs_in_with_the_password_shown_once_and_lands_on_the_page_of_their_role()
    {
        var admin = await web.SignInAsync(WebCloud.UserOf(Roles.Admin));
        await admin.GotoAsync("/admin/users");
        await admin.FillAsync("input[name=userName]", "lan.nguyen");
        await admin.FillAsync("input[name=displayName]", "Nguyễn Thị Lan");
        await admin.CheckAsync("form[action*=Create] input[value=dispatcher]");
        await admin.ClickAsync("form[action*=Create] button[type=submit]");
        var password = await admin.Locator("[data-test=secret][data-name='lan.nguyen']").TextContentAsync();
        await Screenshots.SaveAsync(admin, "admin-users");

        var page = await web.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#UserName", "lan.nguyen");
        await page.FillAsync("#Password", password!);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/dispatch");
        await Assertions.Expect(page.Locator("[data-test=user]")).ToHaveTextAsync("Nguyễn Thị Lan");

        // Disabling the account ends the session it has.
        await admin.ClickAsync("tr[data-user='lan.nguyen'] form[action*=Disable] button");
        await page.GotoAsync("/dispatch");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await admin.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_issued_api_token_reads_with_its_roles_only_and_stops_working_when_revoked()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Admin));
        await page.GotoAsync("/admin/tokens");
        await page.FillAsync("input[name=name]", "city data platform");
        await page.CheckAsync("input[value=donre]");
        await page.ClickAsync("form[action*=Issue] button[type=submit]");
        var secret = await page.Locator("[data-test=secret]").TextContentAsync();
        await Screenshots.SaveAsync(page, "admin-tokens");
        using var http = new HttpClient { BaseAddress = new Uri(web.Cloud.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/reports?period=2026-11")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/devices/any/twin")).StatusCode);

        await page.ClickAsync("[data-test=tokens] form[action*=Revoke] button");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/reports?period=2026-11")).StatusCode);
        await page.Context.CloseAsync();
    }
}
