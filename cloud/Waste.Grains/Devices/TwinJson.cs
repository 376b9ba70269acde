using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Waste.Grains.Devices;

/// <summary>
/// The JSON rules of twin properties, as Azure IoT Hub applies them: a patch is a JSON object merged into the
/// properties (objects recursively; null removes a property); names starting with '$' are the hub's own; documents are
/// bounded in size and depth.
/// </summary>
public static class TwinJson
{
    /// <summary>Azure IoT Hub's limit for each of desired and reported properties.</summary>
    public const int MaxBytes = 32 * 1024;

    /// <summary>Azure IoT Hub's limit on nesting inside properties.</summary>
    public const int MaxDepth = 10;

    // A name twice in one object is refused as unreadable JSON (IoT Hub refuses it too), not met later as a
    // dictionary's duplicate key.
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };

    /// <summary>Merges <paramref name="patchJson"/> into <paramref name="documentJson"/>; null result and an error
    /// when the patch is not a JSON object, names a '$' property, or the result would exceed the limits.</summary>
    public static string? TryMerge(string documentJson, string patchJson, out string? error)
    {
        JsonObject patch;
        try
        {
            patch = JsonNode.Parse(patchJson, documentOptions: ParseOptions) as JsonObject
                ?? throw new JsonException("a patch must be a JSON object");
        }
        catch (JsonException e)
        {
            error = $"not a JSON object: {e.Message}";
            return null;
        }

        if (FindReservedName(patch) is { } reserved)
        {
            error = $"'{reserved}' is reserved: names starting with '$' belong to the hub";
            return null;
        }

        var document = (JsonObject)JsonNode.Parse(documentJson)!;
        Merge(document, patch);
        var merged = document.ToJsonString();
        if (merged.Length > MaxBytes)
        {
            error = $"properties would exceed {MaxBytes} bytes";
            return null;
        }

        error = null;
        return merged;
    }

    /// <summary>The document with its version as IoT Hub shows it: the properties plus <c>$version</c>.</summary>
    public static string WithVersion(string documentJson, long version) =>
        Written(documentJson.Length + 32, writer => WriteWithVersion(writer, documentJson, version));

    /// <summary>The twin as a device gets it when it asks: <c>desired</c> and <c>reported</c>, each with its
    /// version.</summary>
    public static string DeviceView(DeviceTwin twin) =>
        Written(twin.Desired.Length + twin.Reported.Length + 64, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("desired");
            WriteWithVersion(writer, twin.Desired, twin.DesiredVersion);
            writer.WritePropertyName("reported");
            WriteWithVersion(writer, twin.Reported, twin.ReportedVersion);
            writer.WriteEndObject();
        });

    private static string Written(int sizeHint, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(sizeHint);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // Copied through a JsonDocument rather than built as a tree: a device asks for its twin at every connection.
    private static void WriteWithVersion(Utf8JsonWriter writer, string documentJson, long version)
    {
        using var document = JsonDocument.Parse(documentJson);
        writer.WriteStartObject();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            property.WriteTo(writer);
        }

        writer.WriteNumber("$version", version);
        writer.WriteEndObject();
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject patchObject && target[name] is JsonObject targetObject)
            {
                Merge(targetObject, patchObject);
            }
            else
            {
                patch.Remove(name);
                target[name] = value;
            }
        }
    }

    private static string? FindReservedName(JsonObject node)
    {
        foreach (var (name, value) in node)
        {
            if (name.StartsWith('$'))
            {
                return name;
            }

            if (value is JsonObject child && FindReservedName(child) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }
}
