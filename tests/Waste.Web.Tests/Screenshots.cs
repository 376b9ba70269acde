using Microsoft.Playwright;

namespace Waste.Web.Tests;

/// <summary>Saves a full-page screenshot as a test artefact under <c>artifacts/screenshots/</c> of the repository.</summary>
public static class Screenshots
{
    /// <summary>The folder.</summary>
    public static string Folder { get; } = Path.Combine(Repository.Root, "artifacts", "screenshots");

    /// <summary>Saves <paramref name="page"/> as <c>{name}.png</c> and returns the path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
