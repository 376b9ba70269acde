namespace Waste.Firmware.Tests;

/// <summary>Where the repository and the builds the tests read are.</summary>
internal static class RepositoryPaths
{
    /// <summary>The configuration these tests were built in, which the builds they read share.</summary>
    public const string Configuration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    /// <summary>The folder holding Waste.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The output folder of project <paramref name="project"/> under firmware/.</summary>
    public static string FirmwareOutput(string project) => Path.Combine(Root, "firmware", project, "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Waste.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Waste.sln not found above the test's folder");
    }
}
