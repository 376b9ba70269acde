using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Waste.Web.Tests;

/// <summary>Every text a page asks for exists in Vietnamese and in English.</summary>
public sealed partial class LocalisationTests
{
    private static readonly string Project = Path.Combine(Repository.Root, "cloud", "Waste.Web");

    [Fact]
    public void Both_languages_have_the_same_keys_and_none_differ_only_by_letter_case()
    {
        var vietnamese = Keys("Text.resx");
        var english = Keys("Text.en.resx");

        Assert.Equal(vietnamese.Order(StringComparer.Ordinal), english.Order(StringComparer.Ordinal));
        Assert.Equal(vietnamese.Count, vietnamese.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_text_the_pages_and_reports_ask_for_is_translated()
    {
        var keys = Keys("Text.resx").ToHashSet(StringComparer.Ordinal);
        var asked = Directory.EnumerateFiles(Project, "*.cs*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(asked);
        Assert.Equal([], asked.Where(a => !keys.Contains(a.Key)).Select(a => $"{a.File}: {a.Key}"));
    }

    [Fact]
    public void Every_value_of_the_enums_pages_show_is_translated()
    {
        var keys = Keys("Text.resx").ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            .. Enum.GetNames<Waste.Grains.Alerts.AlertKind>().Select(n => $"AlertKind.{n}"),
            .. Enum.GetNames<Waste.Grains.Alerts.AlertState>().Select(n => $"AlertState.{n}"),
            .. Enum.GetNames<Waste.Registry.WasteStream>().Select(n => $"Stream.{n}"),
            .. Enum.GetNames<Waste.Registry.DeviceState>().Select(n => $"DeviceState.{n}"),
            .. Enum.GetNames<Waste.Web.Access.AccountError>().Select(n => $"AccountError.{n}"),
            .. Enum.GetNames<Waste.Web.Reports.ReportArea>().Select(n => $"ReportArea.{n}"),
            .. Enum.GetNames<Waste.Web.Reports.ReportArea>().Select(n => $"report-file-{n}"),
            .. Waste.Web.Access.Roles.All.Select(r => $"Role.{r}"),
            .. Enum.GetNames<Waste.Grains.Planning.SelectionPolicy>().Select(n => $"SelectionPolicy.{n}"),
            .. Enum.GetNames<Waste.Scheduling.BinVerdict>().Select(n => $"BinVerdict.{n}"),
            .. Enum.GetNames<Waste.Scheduling.DecisionRule>().Select(n => $"Decision.{n}"),
            .. Waste.Web.Pages.Dispatch.DecisionWords.ForPolicy.Select(p => $"Decision.{p.Rule}.{p.Policy}"),
            .. Waste.Web.Pages.Dispatch.DecisionWords.ForVerdict.Select(v => $"Decision.{v.Verdict}.{v.Rule}"),
            "Decision.DueAt",
        ];

        Assert.Equal([], expected.Where(k => !keys.Contains(k)));
    }

    private static List<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Project, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    [GeneratedRegex("""(?<![A-Za-z])(?:T|text)\["([^"$]+)"\]""")]
    private static partial Regex TextKey();
}
