using System.Reflection.Metadata;
using System.Xml.Linq;

namespace Waste.Firmware.Tests;

/// <summary>
/// The ESP32 project (.nfproj and packages.config) cannot be built here, so its consistency is checked here: every
/// assembly it references comes from a package of packages.config, at the version of its HintPath, under the folder
/// its solution restores into; and the Check build, which stands in for it on CI, references exactly the same
/// assemblies, each a mirror of that package at that version.
/// </summary>
public class Esp32ProjectTests
{
    private static readonly string Firmware = Path.Combine(RepositoryPaths.Root, "firmware");
    private static readonly string Mirrors = Path.Combine(Firmware, "Waste.Firmware.Esp32.Check", "Mirrors");

    [Fact]
    public void Every_reference_of_the_nfproj_points_where_its_solutions_restore_puts_a_package_of_packages_config()
    {
        var packages = Packages();

        foreach (var (assembly, hintPath) in NfprojReferences())
        {
            // packages.config restores into the solution's folder, ../Waste.Firmware.Esp32.sln's: firmware/packages.
            var match = System.Text.RegularExpressions.Regex.Match(hintPath, @"^\.\.\\packages\\(.+)\\lib\\(.+)\.dll$");
            Assert.True(match.Success, $"{assembly}: HintPath {hintPath} is not ..\\packages\\<id>.<version>\\lib\\<assembly>.dll");
            Assert.Equal(assembly, match.Groups[2].Value);
            Assert.Contains(match.Groups[1].Value, packages.Select(p => $"{p.Key}.{p.Value}"));
        }

        Assert.True(File.Exists(Path.Combine(Firmware, "Waste.Firmware.Esp32.sln")));
        Assert.Contains(@"Waste.Firmware.Esp32\Waste.Firmware.Esp32.nfproj", File.ReadAllText(Path.Combine(Firmware, "Waste.Firmware.Esp32.sln")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_package_of_packages_config_gives_the_nfproj_an_assembly()
    {
        var used = NfprojReferences().Select(r => r.HintPath).ToList();

        foreach (var (id, version) in Packages())
        {
            Assert.Contains(used, hintPath => hintPath.StartsWith($@"..\packages\{id}.{version}\", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_check_build_references_a_mirror_of_each_nfproj_reference_at_its_package_version_and_nothing_else()
    {
        var packages = Packages();
        var nfproj = NfprojReferences().Select(r => r.Assembly).Where(a => a != "mscorlib").Order().ToList();
        var check = XDocument.Load(Path.Combine(Firmware, "Waste.Firmware.Esp32.Check", "Waste.Firmware.Esp32.Check.csproj"))
            .Descendants("ProjectReference").Select(p => Path.GetFileNameWithoutExtension(p.Attribute("Include")!.Value)).Order().ToList();

        Assert.Equal(nfproj, check);
        foreach (var assembly in nfproj)
        {
            var mirror = XDocument.Load(Path.Combine(Mirrors, assembly, assembly + ".csproj"));
            var package = mirror.Descendants("MirroredPackage").Single().Value;
            Assert.True(packages.TryGetValue(package, out var version), $"{assembly} mirrors {package}, which packages.config lacks");
            Assert.Equal(version, mirror.Descendants("MirroredPackageVersion").Single().Value);
            Assert.Contains($@"..\packages\{package}.{version}\lib\{assembly}.dll", NfprojReferences().Select(r => r.HintPath));
        }
    }

    [Fact]
    public void The_check_builds_output_references_mscorlib_and_mirrors_alone()
    {
        var allowed = NfprojReferences().Select(r => r.Assembly).ToHashSet();
        using var reader = NanoBuildGuardTests.Open("Waste.Firmware.Esp32.Check/Waste.Firmware.Esp32.Check.dll", out var metadata);

        var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();

        Assert.Contains("mscorlib", references);
        Assert.Contains("nanoFramework.M2Mqtt.Core", references);
        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    private static Dictionary<string, string> Packages() =>
        XDocument.Load(Path.Combine(Firmware, "Waste.Firmware.Esp32", "packages.config"))
            .Descendants("package").ToDictionary(p => p.Attribute("id")!.Value, p => p.Attribute("version")!.Value);

    private static List<(string Assembly, string HintPath)> NfprojReferences()
    {
        XNamespace msbuild = "http://schemas.microsoft.com/developer/msbuild/2003";
        return [.. XDocument.Load(Path.Combine(Firmware, "Waste.Firmware.Esp32", "Waste.Firmware.Esp32.nfproj"))
            .Descendants(msbuild + "Reference")
            .Select(r => (r.Attribute("Include")!.Value, r.Element(msbuild + "HintPath")!.Value))];
    }
}
