namespace Waste.Routing.Tests;

/// <summary>The read-only benchmark data beside the repository (../shared), which CI provides.</summary>
internal static class SharedData
{
    /// <summary>The CVRPLIB folder; fails with what to do when it is absent.</summary>
    public static string Cvrplib
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", "cvrplib"));
            Assert.True(Directory.Exists(folder), $"{folder} is absent: these tests read the CVRPLIB files from ../shared (see cloud/Waste.Routing/README.md)");
            return folder;
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Waste.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Waste.sln not found above the test binaries");
    }
}
