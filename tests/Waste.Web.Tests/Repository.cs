namespace Waste.Web.Tests;

/// <summary>The repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding <c>Waste.sln</c>.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Waste.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Waste.sln not found above the tests' folder");
    }
}
