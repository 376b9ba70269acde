namespace Waste.TestServers;

/// <summary>The checkout the tests run from, found by walking up to <c>Waste.sln</c>.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Waste.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no Waste.sln above {AppContext.BaseDirectory}");
    }
}
