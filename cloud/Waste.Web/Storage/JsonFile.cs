using System.Text.Json;
using Waste.Registry;

namespace Waste.Web.Storage;

/// <summary>
/// A list of records kept in one JSON file of the host's data folder, read once and rewritten whole on each change:
/// written to a temporary file, flushed, then moved over the old one, so a crash leaves the old or the new list, never
/// half of one. Meant for the few hundred people and tokens of a city, changed by hand, in one process.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class JsonFile<T>
{
    private static readonly JsonSerializerOptions Format = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly string _path;
    private readonly Lock _lock = new();
    private List<T> _items;

    /// <summary>Opens (or starts) the list at <paramref name="path"/>; an unreadable file stops the host with the reason.</summary>
    public JsonFile(string path)
    {
        _path = path;
        _items = Read(path);
    }

    /// <summary>A copy of every record.</summary>
    public IReadOnlyList<T> All()
    {
        lock (_lock)
        {
            return [.. _items];
        }
    }

    /// <summary>Applies <paramref name="change"/> to the list and saves it; nothing changes if saving fails.</summary>
    public TResult Change<TResult>(Func<List<T>, TResult> change)
    {
        lock (_lock)
        {
            var items = new List<T>(_items);
            var result = change(items);
            Write(items);
            _items = items;
            return result;
        }
    }

    private static List<T> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path), Format) ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid list ({e.Message}); restore it from a backup or move it away", e);
        }
    }

    private void Write(List<T> items)
    {
        OwnerOnly.Folder(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        var temporary = _path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, items, Format);
            stream.Flush(flushToDisk: true);
        }

        if (!OperatingSystem.IsWindows())
        {
            // Owner-only: the file holds password hashes.
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, _path, overwrite: true);
    }
}
