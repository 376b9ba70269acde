using Microsoft.Playwright;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>People sign in with their role and land on its page; the server keeps each role to its own pages.</summary>
[Collection(WebCollection.Name)]
public sealed class SignInTests(WebFixture web)
{
    [Theory]
    [InlineData(Roles.Crew, "/crew", "[data-test=no-route]")]
    [InlineData(Roles.Dispatcher, "/dispatch", "[data-test=plan-controls]")]
    [InlineData(Roles.Maintenance, "/maintenance", "[data-test=board]")]
    [InlineData(Roles.Donre, "/reports", "[data-test=report][data-section=Waste]")]
    [InlineData(Roles.Admin, "/admin/devices", "[data-test=devices]")]
    public async Task Each_role_signs_in_and_lands_on_its_own_page(string role, string home, string landmark)
    {
        var page = await web.SignInAsync(WebCloud.UserOf(role), phone: role == Roles.Crew);

        Assert.Equal(home, new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.Locator(landmark)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-test=user]")).ToHaveTextAsync($"Test {role}");
        await Screenshots.SaveAsync(page, $"home-{role}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_page_says_so()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#UserName", WebCloud.UserOf(Roles.Admin));
        await page.FillAsync("#Password", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("[role=alert]")).ToHaveTextAsync("Sai tên đăng nhập hoặc mật khẩu.");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await Screenshots.SaveAsync(page, "signin-refused");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(Roles.Crew, "/admin/users")]
    [InlineData(Roles.Crew, "/maintenance")]
    [InlineData(Roles.Donre, "/dispatch")]
    [InlineData(Roles.Maintenance, "/reports")]
    [InlineData(Roles.Dispatcher, "/admin/devices")]
    public async Task A_page_of_another_role_is_refused_by_the_server(string role, string path)
    {
        var page = await web.SignInAsync(WebCloud.UserOf(role));

        var response = await page.GotoAsync(path);

        Assert.Equal(403, response!.Status);
        Assert.Equal("/denied", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_page_asked_for_before_signing_in_opens_after_it()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/admin/tokens");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);

        await page.FillAsync("#UserName", WebCloud.UserOf(Roles.Admin));
        await page.FillAsync("#Password", web.Cloud.PasswordOf(WebCloud.UserOf(Roles.Admin)));
        await page.ClickAsync("button[type=submit]");

        await page.WaitForURLAsync("**/admin/tokens");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Donre));

        await page.ClickAsync("header form button");
        await page.WaitForURLAsync("**/signin");
        await page.GotoAsync("/reports");

        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pages_are_in_Vietnamese_by_default_whatever_the_browser_says_and_in_English_on_request()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Maintenance));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Bảng cảnh báo");
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));

        await page.ClickAsync("a[lang=en]");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Alert board");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("/maintenance", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }
}
