namespace Waste.Registry;

/// <summary>
/// The data folder holds the device keys, the accounts and every device's state: what the host and the devices tool
/// create in it is readable by their user only (folders 700, files 600; Windows has no such modes, its folders
/// inherit their ACLs). What already exists keeps its permissions, an operator's choice (docs/deployment.md).
/// </summary>
public static class OwnerOnly
{
    private const UnixFileMode FolderBits = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileBits = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/>, and any folder above it that is missing, if it is missing.</summary>
    public static DirectoryInfo Folder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }

        // The framework gives the mode to the last folder only; the ones above it are made first.
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full) && Path.GetDirectoryName(full) is { } parent)
        {
            Folder(parent);
        }

        return Directory.CreateDirectory(full, FolderBits);
    }

    /// <summary>Options that open a file for writing with <paramref name="mode"/>, owner-only when it is created.</summary>
    public static FileStreamOptions NewFile(FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileBits;
        }

        return options;
    }

    /// <summary>Creates an empty file at <paramref name="path"/> if none is there, for a program that would create it
    /// with the process's default mode (SQLite, whose <c>-wal</c> and <c>-shm</c> files then take the database's).</summary>
    public static void EmptyFile(string path)
    {
        try
        {
            new FileStream(path, NewFile(FileMode.CreateNew)).Dispose();
        }
        catch (IOException) when (File.Exists(path))
        {
            // There already, with whatever mode it has.
        }
    }
}
