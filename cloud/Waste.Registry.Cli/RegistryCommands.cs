using System.CommandLine;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Registry.Cli;

/// <summary>The <c>devices</c> subcommands.</summary>
public static class RegistryCommands
{
    private static readonly Option<string> Data = new("--data")
    {
        Description = "The host's data folder (registry and its key ring)",
        DefaultValueFactory = _ => ".data",
        Recursive = true,
    };

    private static readonly Option<string> Hub = new("--hub")
    {
        Description = "The hub's host name, as devices put it in their tokens",
        DefaultValueFactory = _ => "waste-hub.local",
        Recursive = true,
    };

    private static readonly Argument<string> Id = new("id") { Description = "Device id" };

    /// <summary>Every subcommand, with the shared options.</summary>
    public static IEnumerable<Command> All()
    {
        yield return List();
        yield return Add();
        yield return Import();
        yield return Export();
        yield return SetState("revoke", "Refuse the device from now on and disconnect it if connected", DeviceState.Revoked);
        yield return SetState("activate", "Accept a revoked device again", DeviceState.Active);
        yield return Rotate();
        yield return ResetSequence();
        yield return ConnectionString();
    }

    private static JsonFileDeviceRegistry Open(ParseResult result)
    {
        return JsonFileDeviceRegistry.OpenIn(result.GetValue(Data)!);
    }

    // A command that only reads: the registry where one is (RegistryLocation), or null after saying where it looked.
    private static JsonFileDeviceRegistry? OpenToRead(ParseResult result)
    {
        var (folder, looked) = RegistryLocation.Find(result.GetResult(Data) is { Implicit: false } ? result.GetValue(Data) : null);
        if (folder is null)
        {
            Console.Error.WriteLine($"No device registry: looked for {string.Join(" and ", looked)}. Give the host's data folder with --data (the demo keeps its own in .data/demo while it runs).");
            return null;
        }

        Console.Error.WriteLine($"Registry: {Path.GetFullPath(RegistryLocation.FileIn(folder))}");
        return JsonFileDeviceRegistry.OpenIn(folder);
    }

    private static Command List()
    {
        var command = new Command("list", "List the registered devices (never their keys); without --data, the host's .data or the demo's .data/demo") { Data, Hub };
        command.SetAction(result =>
        {
            using var registry = OpenToRead(result);
            if (registry is null)
            {
                return 1;
            }

            foreach (var device in registry.All())
            {
                Console.WriteLine($"{device.Id,-24} {device.Kind,-7} {device.State,-8} {device.Stream?.ToString() ?? "-",-11} {device.Ward ?? "-"}, {device.District ?? "-"}");
            }

            Console.WriteLine($"{registry.All().Count} devices");
            return 0;
        });
        return command;
    }

    private static Command Add()
    {
        var kind = new Option<DeviceKind>("--kind") { Description = "bin or toilet", Required = true };
        var latitude = new Option<double?>("--lat") { Description = "Latitude, WGS 84 degrees" };
        var longitude = new Option<double?>("--lon") { Description = "Longitude, WGS 84 degrees" };
        var ward = new Option<string?>("--ward") { Description = "Ward (phường/xã)" };
        var district = new Option<string?>("--district") { Description = "District (quận/huyện/thành phố)" };
        var stream = new Option<WasteStream?>("--stream") { Description = "A bin's stream: residual, recyclable, organic, hazardous" };
        var capacity = new Option<double?>("--capacity") { Description = "A bin's volume, litres" };
        var command = new Command("add", "Register a device with a new key and print its connection string")
        {
            Id, kind, latitude, longitude, ward, district, stream, capacity, Data, Hub,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var registry = Open(result);
            var id = result.GetValue(Id)!;
            if (registry.Find(id) is not null)
            {
                Console.Error.WriteLine($"{id} is already registered; use rotate to give it a new key");
                return 1;
            }

            var device = new RegisteredDevice
            {
                Id = id,
                Kind = result.GetValue(kind),
                PrimaryKey = DeviceKey.Generate(),
                Latitude = result.GetValue(latitude),
                Longitude = result.GetValue(longitude),
                Ward = result.GetValue(ward),
                District = result.GetValue(district),
                Stream = result.GetValue(stream),
                CapacityLitres = result.GetValue(capacity),
            };
            return await SaveAsync(registry, device, result, cancellationToken, printConnectionString: true);
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV: id,kind,latitude,longitude,ward,district,stream,capacity_litres" };
        var keysOut = new Option<FileInfo?>("--connection-strings") { Description = "Write id,connection string of every new device to this file (it holds keys: keep it safe)" };
        var command = new Command("import", "Register the devices of a CSV file, each with a new key; devices already registered are left alone")
        {
            file, keysOut, Data, Hub,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var registry = Open(result);
            using var reader = result.GetValue(file)!.OpenText();
            var (devices, errors) = DeviceCsv.Read(reader);
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error);
            }

            var added = devices.Where(d => registry.Find(d.Id) is null).ToList();
            await registry.SaveAsync(added, cancellationToken);
            if (result.GetValue(keysOut) is { } output)
            {
                await File.WriteAllLinesAsync(output.FullName,
                    ["id,connection_string", .. added.Select(d => $"{d.Id},\"{DeviceConnectionString.For(d, result.GetValue(Hub)!)}\"")],
                    cancellationToken);
            }

            Console.WriteLine($"{added.Count} registered, {devices.Count - added.Count} already registered, {errors.Count} rows refused");
            return errors.Count == 0 ? 0 : 2;
        });
        return command;
    }

    private static Command Export()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV file to write (no keys)" };
        var command = new Command("export", "Write every device to a CSV file, without keys") { file, Data, Hub };
        command.SetAction(result =>
        {
            using var registry = OpenToRead(result);
            if (registry is null)
            {
                return 1;
            }

            using var writer = result.GetValue(file)!.CreateText();
            DeviceCsv.Write(writer, registry.All());
            Console.WriteLine($"{registry.All().Count} devices written");
            return 0;
        });
        return command;
    }

    private static Command SetState(string name, string description, DeviceState state)
    {
        var command = new Command(name, description) { Id, Data, Hub };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var registry = Open(result);
            if (Find(registry, result) is not { } device)
            {
                return 1;
            }

            return await SaveAsync(registry, device with { State = state }, result, cancellationToken, printConnectionString: false);
        });
        return command;
    }

    private static Command Rotate()
    {
        var command = new Command("rotate", "Give the device a new key; the old one stays valid as secondary until the next rotation")
        {
            Id, Data, Hub,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var registry = Open(result);
            if (Find(registry, result) is not { } device)
            {
                return 1;
            }

            var rotated = device with { SecondaryKey = device.PrimaryKey, PrimaryKey = DeviceKey.Generate() };
            return await SaveAsync(registry, rotated, result, cancellationToken, printConnectionString: true);
        });
        return command;
    }

    private static Command ResetSequence()
    {
        var command = new Command("reset-sequence", "Restart the device's sequence window: its next reading is taken whatever its number (after a wipe or a replacement made its numbers go back)")
        {
            Id, Data, Hub,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var registry = Open(result);
            if (Find(registry, result) is not { } device)
            {
                return 1;
            }

            return await SaveAsync(registry, device with { SequenceResets = device.SequenceResets + 1 }, result, cancellationToken, printConnectionString: false);
        });
        return command;
    }

    private static Command ConnectionString()
    {
        var secondary = new Option<bool>("--secondary") { Description = "Print the connection string with the secondary key" };
        var command = new Command("connection-string", "Print a device's connection string (it holds the key)") { Id, secondary, Data, Hub };
        command.SetAction(result =>
        {
            using var registry = OpenToRead(result);
            if (registry is null || Find(registry, result) is not { } device)
            {
                return 1;
            }

            if (result.GetValue(secondary) && device.SecondaryKey is null)
            {
                Console.Error.WriteLine($"{device.Id} has no secondary key");
                return 1;
            }

            Console.WriteLine(DeviceConnectionString.For(device, result.GetValue(Hub)!, result.GetValue(secondary)));
            return 0;
        });
        return command;
    }

    private static RegisteredDevice? Find(IDeviceRegistry registry, ParseResult result)
    {
        var id = result.GetValue(Id)!;
        var device = registry.Find(id);
        if (device is null)
        {
            Console.Error.WriteLine($"no device {id} is registered");
        }

        return device;
    }

    private static async Task<int> SaveAsync(
        IDeviceRegistry registry, RegisteredDevice device, ParseResult result, CancellationToken cancellationToken, bool printConnectionString)
    {
        try
        {
            await registry.SaveAsync([device], cancellationToken);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        Console.WriteLine(printConnectionString ? DeviceConnectionString.For(device, result.GetValue(Hub)!) : device.ToString());
        return 0;
    }
}
