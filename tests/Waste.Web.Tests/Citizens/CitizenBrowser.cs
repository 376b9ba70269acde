using Microsoft.Playwright;

namespace Waste.Web.Tests.Citizens;

/// <summary>A citizen's phone: 390 x 844, touch, standing at the town's spot with location allowed; no sign-in.</summary>
public static class CitizenBrowser
{
    /// <summary>A fresh phone page on the shared browser.</summary>
    public static async Task<IPage> PhoneAsync(WebFixture web)
    {
        var context = await web.Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = web.Cloud.BaseUrl,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "en-US",
            Geolocation = new Geolocation { Latitude = (float)CitizenTown.Latitude, Longitude = (float)CitizenTown.Longitude },
            Permissions = ["geolocation"],
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }
}
