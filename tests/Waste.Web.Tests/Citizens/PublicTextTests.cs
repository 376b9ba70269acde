using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Waste.Grains.Citizens;
using Waste.Web.Public;

namespace Waste.Web.Tests.Citizens;

/// <summary>Every text the citizens' pages ask for exists in Vietnamese and in English.</summary>
public sealed partial class PublicTextTests
{
    private static readonly string Project = Path.Combine(Repository.Root, "cloud", "Waste.Web");

    [Fact]
    public void Both_languages_have_the_same_keys()
    {
        Assert.Equal(Keys("PublicText.resx").Order(StringComparer.Ordinal), Keys("PublicText.en.resx").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_text_a_page_asks_for_is_translated()
    {
        var keys = Keys("PublicText.resx").ToHashSet(StringComparer.Ordinal);
        var asked = Directory.EnumerateFiles(Path.Combine(Project, "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => PageKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(asked);
        Assert.Equal([], asked.Where(a => !keys.Contains(a.Key)).Select(a => $"{a.File}: {a.Key}"));
    }

    [Fact]
    public void Every_word_the_scripts_and_enums_show_is_translated_in_both_languages()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var localizer = new StringLocalizer<PublicText>(factory);
        foreach (var culture in Localization.Cultures.All)
        {
            var before = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
            System.Globalization.CultureInfo.CurrentUICulture = culture;
            try
            {
                var recording = new Recording(localizer);
                _ = new Pages.Public.IndexModel(null!).ScriptText(recording);
                _ = Pages.Public.DisplayModel.ScriptText(recording);
                foreach (var category in Enum.GetValues<ProblemCategory>())
                {
                    _ = recording[$"ProblemCategory.{category}"];
                }

                foreach (var step in new[] { "received", "inProgress", "resolved" })
                {
                    _ = recording[$"Progress.{step}"];
                }

                Assert.NotEmpty(recording.Asked);
                Assert.Equal([], recording.Missing);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = before.CurrentUICulture;
            }
        }
    }

    private static List<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Project, "Resources", "Public", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    [GeneratedRegex("""(?<![A-Za-z])P\["([^"$]+)"\]""")]
    private static partial Regex PageKey();

    /// <summary>A localizer that notes each key asked and those it has no text for.</summary>
    private sealed class Recording(IStringLocalizer inner) : IStringLocalizer<PublicText>
    {
        public List<string> Asked { get; } = [];

        public List<string> Missing { get; } = [];

        public LocalizedString this[string name]
        {
            get
            {
                var text = inner[name];
                Asked.Add(name);
                if (text.ResourceNotFound)
                {
                    Missing.Add(name);
                }

                return text;
            }
        }

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
    }
}
