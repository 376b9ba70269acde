using System.Net;
using Microsoft.Playwright;
using Waste.Web.Access;

namespace Waste.Web.Tests;

/// <summary>What a newcomer meets first: a tab with the project's icon, and a README whose links all lead somewhere
/// in a clone (the design among them).</summary>
[Collection(WebCollection.Name)]
public sealed class NewcomerTests(WebFixture web)
{
    [Fact]
    public async Task Every_page_has_an_icon_and_the_browsers_own_request_for_one_finds_it()
    {
        var page = await web.SignInAsync(WebCloud.UserOf(Roles.Dispatcher));
        var icon = await page.Locator("link[rel=icon]").GetAttributeAsync("href");

        var linked = await page.APIRequest.GetAsync(icon!);
        var asked = await page.APIRequest.GetAsync("/favicon.ico");

        Assert.Equal(200, linked.Status);
        Assert.StartsWith("image/svg+xml", linked.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal(200, asked.Status);
        Assert.Equal(await linked.BodyAsync(), await asked.BodyAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public void Every_link_of_the_readmes_and_docs_leads_to_a_file_of_the_repository()
    {
        var documents = Directory.EnumerateFiles(Repository.Root, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains("node_modules", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var broken = new List<string>();
        foreach (var document in documents)
        {
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(document), @"\]\(([^)#\s]+)(#[^)]*)?\)"))
            {
                var target = link.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, target));
                if (!path.StartsWith(Repository.Root, StringComparison.Ordinal) || (!File.Exists(path) && !Directory.Exists(path)))
                {
                    broken.Add($"{Path.GetRelativePath(Repository.Root, document)}: {target}");
                }
            }
        }

        Assert.Equal([], broken);
        Assert.True(File.Exists(Path.Combine(Repository.Root, "docs", "design.md")));
    }
}
