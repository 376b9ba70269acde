using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Waste.Telemetry;

namespace Waste.Registry;

/// <summary>
/// The registry's CSV form, for bulk registration by a city's installers and for export:
/// <c>id,kind,latitude,longitude,ward,district,stream,capacity_litres</c> and optionally <c>accessible</c> (a toilet's
/// step-free access: true or false) (header required, invariant culture).
/// Keys are never in it: import generates them.
/// </summary>
public static class DeviceCsv
{
    private static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        TrimOptions = TrimOptions.Trim,
    };

    /// <summary>Reads devices, each with a new key; every row that cannot be a device is reported with its line
    /// number and left out, never half-read.</summary>
    public static (IReadOnlyList<RegisteredDevice> Devices, IReadOnlyList<string> Errors) Read(TextReader reader)
    {
        var devices = new List<RegisteredDevice>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var csv = new CsvReader(reader, Format);
        if (!csv.Read() || !csv.ReadHeader())
        {
            return (devices, ["line 1: no header (expected id,kind,latitude,longitude,ward,district,stream,capacity_litres)"]);
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (TryReadRow(csv, out var device, out var error) && !seen.Add(device.Id))
            {
                error = $"device {device.Id} appears twice";
            }

            if (error is null)
            {
                devices.Add(device);
            }
            else
            {
                errors.Add($"line {line}: {error}");
            }
        }

        return (devices, errors);
    }

    /// <summary>Writes <paramref name="devices"/> without their keys.</summary>
    public static void Write(TextWriter writer, IEnumerable<RegisteredDevice> devices)
    {
        using var csv = new CsvWriter(writer, Format, leaveOpen: true);
        foreach (var header in new[] { "id", "kind", "latitude", "longitude", "ward", "district", "stream", "capacity_litres", "accessible", "state" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var device in devices)
        {
            csv.WriteField(device.Id);
            csv.WriteField(device.Kind.ToString().ToLowerInvariant());
            csv.WriteField(device.Latitude);
            csv.WriteField(device.Longitude);
            csv.WriteField(device.Ward);
            csv.WriteField(device.District);
            csv.WriteField(device.Stream?.ToString().ToLowerInvariant());
            csv.WriteField(device.CapacityLitres);
            csv.WriteField(device.Accessible?.ToString().ToLowerInvariant());
            csv.WriteField(device.State.ToString().ToLowerInvariant());
            csv.NextRecord();
        }
    }

    private static bool TryReadRow(CsvReader csv, out RegisteredDevice device, out string? error)
    {
        device = null!;
        var id = csv.GetField("id");
        if (!DeviceId.IsValid(id))
        {
            error = $"'{id}' is not a valid device id";
            return false;
        }

        if (!Enum.TryParse<DeviceKind>(csv.GetField("kind"), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            error = $"kind must be bin or toilet, not '{csv.GetField("kind")}'";
            return false;
        }

        if (!TryNumber(csv, "latitude", -90, 90, out var latitude, out error)
            || !TryNumber(csv, "longitude", -180, 180, out var longitude, out error)
            || !TryNumber(csv, "capacity_litres", 1, 100_000, out var capacity, out error))
        {
            return false;
        }

        WasteStream? stream = null;
        var streamText = csv.GetField("stream");
        if (!string.IsNullOrEmpty(streamText))
        {
            if (!Enum.TryParse<WasteStream>(streamText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                error = $"stream must be residual, recyclable, organic or hazardous, not '{streamText}'";
                return false;
            }

            stream = parsed;
        }

        if (kind == DeviceKind.Bin && (stream is null || capacity is null))
        {
            error = "a bin needs its stream and capacity_litres";
            return false;
        }

        bool? accessible = null;
        if (csv.TryGetField<string>("accessible", out var accessibleText) && !string.IsNullOrWhiteSpace(accessibleText))
        {
            if (!bool.TryParse(accessibleText, out var parsed))
            {
                error = $"accessible must be true or false, not '{accessibleText}'";
                return false;
            }

            accessible = parsed;
        }

        if (csv.GetField("ward")?.Trim().Length > RegisteredDevice.MaxPlaceNameLength || csv.GetField("district")?.Trim().Length > RegisteredDevice.MaxPlaceNameLength)
        {
            error = $"a ward or district name is at most {RegisteredDevice.MaxPlaceNameLength} characters";
            return false;
        }

        device = new RegisteredDevice
        {
            Id = id!,
            Kind = kind,
            PrimaryKey = DeviceKey.Generate(),
            Latitude = latitude,
            Longitude = longitude,
            Ward = NullIfEmpty(csv.GetField("ward")),
            District = NullIfEmpty(csv.GetField("district")),
            Stream = stream,
            CapacityLitres = capacity,
            Accessible = accessible,
        };
        error = null;
        return true;
    }

    private static bool TryNumber(CsvReader csv, string name, double min, double max, out double? value, out string? error)
    {
        value = null;
        error = null;
        var text = csv.GetField(name);
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !(number >= min && number <= max))
        {
            error = $"{name} must be a number from {min} to {max}, not '{text}'";
            return false;
        }

        value = number;
        return true;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
