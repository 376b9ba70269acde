namespace Waste.Registry.Cli;

/// <summary>
/// Where a command that only reads finds the registry: in the folder given with <c>--data</c>, or else in the first of
/// the folders the host and the demo keep theirs in (<c>.data</c>, <c>.data/demo</c>) that holds one. A read makes no
/// folder: where there is no registry it says where it looked.
/// </summary>
public static class RegistryLocation
{
    /// <summary>The host's data folder, then the demo's, as each makes them by default.</summary>
    public static readonly IReadOnlyList<string> DefaultFolders = [".data", Path.Combine(".data", "demo")];

    /// <summary>The registry file of a data folder.</summary>
    public static string FileIn(string dataDirectory) => Path.Combine(dataDirectory, "registry", "devices.json");

    /// <summary>The data folder to read, or null with the files looked for.</summary>
    /// <param name="given">The folder given with <c>--data</c>, or null.</param>
    public static (string? Folder, IReadOnlyList<string> LookedAt) Find(string? given)
    {
        IReadOnlyList<string> folders = given is null ? DefaultFolders : [given];
        var looked = folders.Select(f => Path.GetFullPath(FileIn(f))).ToList();
        return (folders.FirstOrDefault(f => File.Exists(FileIn(f))), looked);
    }
}
