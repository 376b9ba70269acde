using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;

namespace Waste.Registry;

/// <summary>
/// A device registry kept in memory for lookups at connect time and saved to one JSON file with the keys encrypted
/// (Data Protection). Several processes may share the file (the host and the <c>devices</c> tool): a save takes a
/// lock file, re-reads the file, applies its changes and replaces the file atomically, so no process loses another's
/// changes and a crash leaves the old file or the new one. <see cref="Reload"/> picks up other processes' changes.
/// </summary>
public sealed class JsonFileDeviceRegistry : IDeviceRegistry, IDisposable
{
    private static readonly JsonSerializerOptions FileFormat = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly string _path;
    private readonly IDataProtector _protector;
    private readonly SemaphoreSlim _saving = new(1, 1);
    private readonly FileSystemWatcher? _watcher;
    private ConcurrentDictionary<string, RegisteredDevice> _devices = new(StringComparer.Ordinal);

    /// <summary>Opens the registry at <paramref name="path"/> (a missing file is an empty registry). With
    /// <paramref name="watch"/>, changes other processes make to the file are picked up as they happen.</summary>
    public JsonFileDeviceRegistry(string path, IDataProtector protector, bool watch = false)
    {
        _path = Path.GetFullPath(path);
        _protector = protector;
        OwnerOnly.Folder(Path.GetDirectoryName(_path)!);
        _devices = new(ReadFile().ToDictionary(d => d.Id, StringComparer.Ordinal), StringComparer.Ordinal);
        if (watch)
        {
            _watcher = new FileSystemWatcher(Path.GetDirectoryName(_path)!, Path.GetFileName(_path))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
            };
            _watcher.Changed += (_, _) => ReloadQuietly();
            _watcher.Renamed += (_, _) => ReloadQuietly();
            _watcher.Created += (_, _) => ReloadQuietly();
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>
    /// Opens the registry of a host's data folder: <c>registry/devices.json</c> there, keys protected with the key
    /// ring in <c>keys/</c>. The file has a folder of its own because watching a folder reads every change in it,
    /// and the data folder's databases change at every reading.
    /// </summary>
    public static JsonFileDeviceRegistry OpenIn(string dataDirectory, bool watch = false) =>
        new(Path.Combine(dataDirectory, "registry", "devices.json"), RegistryKeyProtection.ForDataDirectory(dataDirectory), watch);

    /// <inheritdoc />
    public event Action<RegisteredDevice>? Changed;

    /// <inheritdoc />
    public RegisteredDevice? Find(string id) => _devices.GetValueOrDefault(id);

    /// <inheritdoc />
    public IReadOnlyList<RegisteredDevice> All() => [.. _devices.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <inheritdoc />
    public async Task SaveAsync(IEnumerable<RegisteredDevice> devices, CancellationToken cancellationToken = default)
    {
        var changes = devices.ToList();
        changes.ForEach(Validate);
        await _saving.WaitAsync(cancellationToken);
        try
        {
            using var fileLock = await AcquireFileLockAsync(cancellationToken);
            var current = ReadFile().ToDictionary(d => d.Id, StringComparer.Ordinal);
            foreach (var device in changes)
            {
                current[device.Id] = device;
            }

            var temporary = _path + ".tmp";
            var file = new RegistryFile([.. current.Values.OrderBy(d => d.Id, StringComparer.Ordinal).Select(Protect)]);

            // Streamed both ways: a city's registry as one string would be hundreds of megabytes held at once.
            await using (var stream = File.Create(temporary))
            {
                await JsonSerializer.SerializeAsync(stream, file, FileFormat, cancellationToken);
            }

            if (!OperatingSystem.IsWindows())
            {
                // Owner-only: the keys are encrypted, but who and where the devices are is the city's.
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(temporary, _path, overwrite: true);
            Replace(current);
        }
        finally
        {
            _saving.Release();
        }
    }

    /// <summary>Reads the file again and raises <see cref="Changed"/> for every device that differs.</summary>
    public void Reload()
    {
        _saving.Wait();
        try
        {
            Replace(ReadFile().ToDictionary(d => d.Id, StringComparer.Ordinal));
        }
        finally
        {
            _saving.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher?.Dispose();
        _saving.Dispose();
    }

    private void Replace(Dictionary<string, RegisteredDevice> current)
    {
        var previous = _devices;
        _devices = new(current, StringComparer.Ordinal);
        foreach (var device in current.Values)
        {
            if (!previous.TryGetValue(device.Id, out var before) || before != device)
            {
                Changed?.Invoke(device);
            }
        }
    }

    private void ReloadQuietly()
    {
        try
        {
            Reload();
        }
        catch (Exception e) when (e is IOException or JsonException or CryptographicException or InvalidDataException)
        {
            // Caught mid-replace or unreadable for a moment: the next change event reads it again.
        }
    }

    private List<RegisteredDevice> ReadFile()
    {
        if (!File.Exists(_path))
        {
            return [];
        }

        using var stream = File.OpenRead(_path);
        var file = JsonSerializer.Deserialize<RegistryFile>(stream, FileFormat)
            ?? throw new InvalidDataException($"{_path} is not a device registry");
        var devices = file.Devices.Select(Unprotect).ToList();
        devices.ForEach(Validate);
        return devices;
    }

    private RegisteredDevice Protect(RegisteredDevice device) => device with
    {
        PrimaryKey = _protector.Protect(device.PrimaryKey),
        SecondaryKey = device.SecondaryKey is { } key ? _protector.Protect(key) : null,
    };

    private RegisteredDevice Unprotect(RegisteredDevice device) => device with
    {
        PrimaryKey = _protector.Unprotect(device.PrimaryKey),
        SecondaryKey = device.SecondaryKey is { } key ? _protector.Unprotect(key) : null,
    };

    private async Task<FileStream> AcquireFileLockAsync(CancellationToken cancellationToken)
    {
        var lockPath = _path + ".lock";
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 200)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private static void Validate(RegisteredDevice device)
    {
        if (!DeviceId.IsValid(device.Id))
        {
            throw new ArgumentException($"'{device.Id}' is not a valid device id", nameof(device));
        }

        if (!DeviceKey.IsValid(device.PrimaryKey) || (device.SecondaryKey is { } secondary && !DeviceKey.IsValid(secondary)))
        {
            throw new ArgumentException($"device {device.Id} has no valid base64 key of at least 128 bits", nameof(device));
        }
    }

    private sealed record RegistryFile(IReadOnlyList<RegisteredDevice> Devices);
}
