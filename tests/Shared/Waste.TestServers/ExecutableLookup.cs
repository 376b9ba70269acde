namespace Waste.TestServers;

/// <summary>Finds the programs the test servers need, and says how to get them when they are missing.</summary>
public static class ExecutableLookup
{
    /// <summary>The full path of <paramref name="name"/> on PATH.</summary>
    /// <exception cref="InvalidOperationException">It is not installed; the message says to run ./test.sh.</exception>
    public static string Require(string name, string installedBy)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => System.IO.Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
        return path ?? throw new InvalidOperationException(
            $"'{name}' is not on PATH. Run ./test.sh from the repository root: it installs {installedBy} (scripts/install-test-dependencies.sh).");
    }
}
