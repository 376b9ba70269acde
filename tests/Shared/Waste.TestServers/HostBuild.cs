namespace Waste.TestServers;

/// <summary>The host as the build made it: <c>cloud/Waste.Host/bin/{configuration}/{framework}/Waste.Host.dll</c>,
/// in the configuration and framework these tests were built in, run as a deployment runs it.</summary>
public static class HostBuild
{
    /// <summary>The host's output folder (its <c>appsettings.json</c> is there: the silos run from it).</summary>
    public static string Folder { get; } = Find();

    /// <summary>The host's entry assembly.</summary>
    public static string Dll => Path.Combine(Folder, "Waste.Host.dll");

    private static string Find()
    {
        // The tests run from tests/{project}/bin/{configuration}/{framework}/.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var folder = Path.Combine(RepositoryRoot.Path, "cloud", "Waste.Host", "bin", framework.Parent!.Name, framework.Name);
        return File.Exists(Path.Combine(folder, "Waste.Host.dll"))
            ? folder
            : throw new InvalidOperationException($"The host is not built in {folder}. Run ./test.sh from the repository root: it builds Waste.sln.");
    }
}
