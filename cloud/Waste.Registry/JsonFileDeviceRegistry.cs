using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Waste.Registry;

/// <summary>
/// A device registry kept in memory for lookups at connect time and saved to one JSON file, replaced atomically on
/// every change so a crash leaves either the old file or the new one.
/// </summary>
public sealed class JsonFileDeviceRegistry : IDeviceRegistry
{
    private static readonly JsonSerializerOptions FileFormat = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly string _path;
    private readonly ConcurrentDictionary<string, RegisteredDevice> _devices = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _saving = new(1, 1);

    /// <summary>Opens the registry at <paramref name="path"/>; a missing file is an empty registry.</summary>
    public JsonFileDeviceRegistry(string path)
    {
        _path = Path.GetFullPath(path);
        if (File.Exists(_path))
        {
            var file = JsonSerializer.Deserialize<RegistryFile>(File.ReadAllText(_path), FileFormat)
                ?? throw new InvalidDataException($"{_path} is not a device registry");
            foreach (var device in file.Devices)
            {
                Validate(device);
                _devices[device.Id] = device;
            }
        }
    }

    /// <inheritdoc />
    public event Action<RegisteredDevice>? Changed;

    /// <inheritdoc />
    public RegisteredDevice? Find(string id) => _devices.GetValueOrDefault(id);

    /// <inheritdoc />
    public IReadOnlyList<RegisteredDevice> All() => [.. _devices.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <inheritdoc />
    public async Task SaveAsync(IEnumerable<RegisteredDevice> devices, CancellationToken cancellationToken = default)
    {
        var changed = devices.ToList();
        changed.ForEach(Validate);
        await _saving.WaitAsync(cancellationToken);
        try
        {
            foreach (var device in changed)
            {
                _devices[device.Id] = device;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temporary = _path + ".tmp";
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(new RegistryFile(All()), FileFormat), cancellationToken);
            File.Move(temporary, _path, overwrite: true);
        }
        finally
        {
            _saving.Release();
        }

        foreach (var device in changed)
        {
            Changed?.Invoke(device);
        }
    }

    private static void Validate(RegisteredDevice device)
    {
        if (!DeviceId.IsValid(device.Id))
        {
            throw new ArgumentException($"'{device.Id}' is not a valid device id", nameof(device));
        }

        Span<byte> key = stackalloc byte[64];
        if (!Convert.TryFromBase64String(device.PrimaryKey, key, out var length) || length < 16)
        {
            throw new ArgumentException($"device {device.Id} has no valid base64 key of at least 128 bits", nameof(device));
        }
    }

    private sealed record RegistryFile(IReadOnlyList<RegisteredDevice> Devices);
}
