using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Waste.Registry;
using Waste.Web.Access;
using Waste.Web.Interop;
using Waste.Web.Localization;
using Waste.Web.Public;
using Waste.Web.Reports;
using Waste.Web.Security;
using Waste.Web.Storage;

namespace Waste.Web;

/// <summary>Wires the web app into the cloud host: <see cref="AddWasteWeb"/> before the host is built,
/// <see cref="MapWasteWeb"/> after.</summary>
public static class WasteWeb
{
    /// <summary>The scheme that picks the API token scheme when a bearer credential is presented, else the cookie.</summary>
    public const string Scheme = "Waste";

    private static readonly string[] MachinePaths = ["/api", "/ngsi-ld", "/geojson"];

    /// <summary>Registers sign-in (cookies for people, API tokens for integrations), the role policies, accounts,
    /// localisation, the pages and the reports.</summary>
    public static WebApplicationBuilder AddWasteWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var dataDirectory = builder.Configuration["Storage:DataDirectory"] is { Length: > 0 } folder ? folder : ".data";
        services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsCheck>();
        services.AddSingleton(new JsonFile<WebUser>(Path.Combine(dataDirectory, "users.json")));
        services.AddSingleton(new JsonFile<ApiToken>(Path.Combine(dataDirectory, "api-tokens.json")));
        services.AddSingleton(services => new UserAccounts(
            services.GetRequiredService<JsonFile<WebUser>>(), TimeProvider.System, services.GetRequiredService<IOptions<WebOptions>>().Value.SignIn));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SecurityHeaders>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<WebOptions>>((limiter, web) => RateLimits.Configure(limiter, web.Value));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((forwarded, web) => TrustProxies(forwarded, web.Value));
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        RequestLimits.Apply(builder);
        services.AddSingleton(services => new ApiTokens(
            services.GetRequiredService<JsonFile<ApiToken>>(), services.GetRequiredService<IOptions<WebOptions>>(), TimeProvider.System));
        services.AddHostedService<FirstRunAccounts>();

        // Session cookies and anti-forgery tokens survive a restart: their keys live in the data folder.
        services.AddDataProtection().SetApplicationName("waste-web")
            .PersistKeysToFileSystem(OwnerOnly.Folder(Path.Combine(dataDirectory, "web-keys")));
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Session cookie or API token", options => options.ForwardDefaultSelector = context =>
                ApiTokenAuthentication.IsPresentedBy(context.Request) ? ApiTokenAuthentication.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(SessionCookie.Configure)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.AddAuthorization(AccessPolicies.Register);

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        // Vietnamese as letters in the page, not as &#x...; entities.
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(PageAccess.Configure)
            .AddViewLocalization()
            .ConfigureApplicationPartManager(parts =>
            {
                // The host may find this assembly's pages by itself; a test host (entry assembly: the test runner) does not.
                var assembly = typeof(WasteWeb).Assembly;
                if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
                {
                    parts.ApplicationParts.Add(new AssemblyPart(assembly));
                }

                if (!parts.ApplicationParts.OfType<CompiledRazorAssemblyPart>().Any(p => p.Assembly == assembly))
                {
                    parts.ApplicationParts.Add(new CompiledRazorAssemblyPart(assembly));
                }
            });
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        services.AddSingleton<DonreReports>();
        services.AddSingleton<Pages.Shared.MapSettings>();
        services.AddPublicSide(builder.Configuration, dataDirectory);
        return builder;
    }

    /// <summary>Adds the request pipeline's web steps (language, static files, sign-in) and maps the pages, the
    /// language switch and the interoperability endpoints.</summary>
    public static WebApplication MapWasteWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseRequestLocalization(Cultures.Options());
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WasteWeb).Assembly, "assets"),
            RequestPath = "/assets",
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapGet("/culture/{name}", SwitchCulture).ExcludeFromDescription();
        // Browsers ask for /favicon.ico whatever the page links: the same icon.
        app.MapGet("/favicon.ico", () => Results.Redirect("/assets/favicon.svg", permanent: true)).ExcludeFromDescription();
        app.MapNgsiLdEndpoints();
        app.MapGeoJsonEndpoints();
        app.MapReportEndpoints();
        app.MapPublicSide();
        return app;
    }

    /// <summary>True for the paths machines call (they get 401/403, not a sign-in page).</summary>
    public static bool IsMachinePath(PathString path) => MachinePaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static IResult SwitchCulture(string name, HttpContext context, string? returnUrl = null)
    {
        if (Cultures.Find(name) is { } culture)
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true,
                    Secure = context.Request.IsHttps,
                });
        }

        // Anywhere else (another host, "/\host", a control character) goes home instead.
        return Results.LocalRedirect(LocalUrl.IsLocal(returnUrl) ? returnUrl! : "/");
    }

    // Only the configured proxies' forwarded address and scheme are believed; with none, nobody's are.
    private static void TrustProxies(ForwardedHeadersOptions options, WebOptions web)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in web.Proxies)
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }
    }
}
