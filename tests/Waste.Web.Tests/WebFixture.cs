using Microsoft.Playwright;

namespace Waste.Web.Tests;

/// <summary>One cloud host and one browser for every browser test (each test opens its own browser context, so
/// sessions never mix).</summary>
public sealed class WebFixture : IAsyncLifetime
{
    public WebCloud Cloud { get; } = new();

    public Chromium Chromium { get; } = new();

    public async Task InitializeAsync()
    {
        await Cloud.InitializeAsync();
        await Chromium.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Cloud.DisposeAsync();
    }

    private int _contexts;

    /// <summary>A fresh browser context (phone-sized for crews, desktop otherwise), with downloads allowed, coming
    /// from an address of its own (through the test host's trusted "proxy": see <see cref="WebCloud"/>).</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var number = Interlocked.Increment(ref _contexts);
        var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-For"] = $"198.18.{number / 250}.{number % 250 + 1}" },
            BaseURL = Cloud.BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1366, Height = 900 },
            AcceptDownloads = true,
            Locale = "en-US",
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the form as <paramref name="userName"/> and waits for the page it lands on.</summary>
    public async Task<IPage> SignInAsync(string userName, bool phone = false)
    {
        var page = await NewPageAsync(phone);
        await page.GotoAsync("/signin");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", Cloud.PasswordOf(userName));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }
}

/// <summary>The browser tests share one <see cref="WebFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
