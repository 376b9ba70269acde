using System.Net;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>The admin device page restarts a device's sequence window (issue 16, item 1, beside the API and the
/// devices tool): an administrator's reset is counted in the registry for the device's next message; a dispatcher's
/// post changes nothing.</summary>
[Collection(WebCollection.Name)]
public sealed class SequenceResetPageTests(WebFixture web)
{
    [Fact]
    public async Task An_administrator_resets_a_window_from_the_device_page_and_a_dispatcher_cannot()
    {
        var device = SimulatedDevice.Bin("bin-reset-page-1", WasteStream.Residual, 9.6, 104.6) with { Ward = "Reset page", District = "Reset page" };
        await web.Cloud.RegisterAsync(device);
        using var admin = new FormClient(web.Cloud, forwardedFor: "203.0.113.70");
        using var dispatcher = new FormClient(web.Cloud, forwardedFor: "203.0.113.71");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(WebCloud.UserOf(Roles.Admin), web.Cloud.PasswordOf(WebCloud.UserOf(Roles.Admin)))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await dispatcher.SignInAsync(WebCloud.UserOf(Roles.Dispatcher), web.Cloud.PasswordOf(WebCloud.UserOf(Roles.Dispatcher)))).StatusCode);

        var reset = await admin.PostAsync($"/admin/device/{device.Id}", new Dictionary<string, string>(), handler: "ResetSequence");
        var page = await reset.Content.ReadAsStringAsync();
        var refused = await dispatcher.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/admin/device/{device.Id}?handler=ResetSequence") { Content = new FormUrlEncodedContent([]) });

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("data-test=\"reset-pending\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/denied", refused.Headers.Location?.AbsolutePath);
        Assert.Equal(1, web.Cloud.Registry.Find(device.Id)!.SequenceResets);
    }
}
