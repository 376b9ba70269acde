using System.Buffers;
using System.Text.Json;

namespace Waste.Telemetry;

/// <summary>
/// Reads a device's telemetry payload (schema in docs/device-protocol.md) into a <see cref="TelemetryMessage"/>, or says
/// why not. It checks structure only; whether the values make sense is <see cref="ReadingValidator"/>'s job.
/// Never throws on bad input.
/// </summary>
public static class TelemetryParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 8 };

    /// <summary>
    /// Parses <paramref name="payload"/>, published on <paramref name="topicDeviceId"/>'s topic and received at
    /// <paramref name="receivedAt"/>. Readings on the device's uptime clock are moved onto UTC by the arrival time.
    /// </summary>
    public static TelemetryParseResult Parse(ReadOnlySequence<byte> payload, string topicDeviceId, DateTimeOffset receivedAt)
    {
        if (payload.Length > TelemetryLimits.MaxPayloadBytes)
        {
            return TelemetryParseResult.Rejected(RejectionReason.Oversize, $"{payload.Length} bytes");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload, DocumentOptions);
        }
        catch (JsonException e)
        {
            return Malformed($"not JSON: {e.Message}");
        }

        using (document)
        {
            return Read(document.RootElement, topicDeviceId, receivedAt);
        }
    }

    private static TelemetryParseResult Read(JsonElement root, string topicDeviceId, DateTimeOffset receivedAt)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Malformed("not an object");
        }

        if (!TryGetInt64(root, "v", out var version))
        {
            return Malformed("no schema version");
        }

        if (version != 1)
        {
            return TelemetryParseResult.Rejected(RejectionReason.UnsupportedSchemaVersion, $"version {version}");
        }

        if (!TryGetString(root, "dev", out var deviceId))
        {
            return Malformed("no device id");
        }

        if (deviceId != topicDeviceId)
        {
            return TelemetryParseResult.Rejected(RejectionReason.DeviceMismatch, "device id differs from the topic's");
        }

        if (!TryGetString(root, "kind", out var kindText) || !TryReadKind(kindText, out var kind))
        {
            return Malformed("no known device kind");
        }

        if (!TryGetString(root, "clk", out var clock) || (clock != "utc" && clock != "up"))
        {
            return Malformed("no known clock");
        }

        if (!TryGetInt64(root, "sent", out var sent))
        {
            return Malformed("no send time");
        }

        if (!root.TryGetProperty("r", out var readingsElement) || readingsElement.ValueKind != JsonValueKind.Array)
        {
            return Malformed("no readings array");
        }

        var count = readingsElement.GetArrayLength();
        if (count > TelemetryLimits.MaxReadingsPerMessage)
        {
            return TelemetryParseResult.Rejected(RejectionReason.TooManyReadings, $"{count} readings");
        }

        // A device without SNTP stamps seconds since boot; the message's send time on that clock is the arrival time.
        var offsetSeconds = clock == "up" ? receivedAt.ToUnixTimeSeconds() - sent : 0;
        if (!TryFromUnixSeconds(sent + offsetSeconds, out var sentAt))
        {
            return TelemetryParseResult.Rejected(RejectionReason.ClockSkew, "send time out of range");
        }

        var readings = new DeviceReading[count];
        var index = 0;
        foreach (var element in readingsElement.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object
                || !TryGetInt64(element, "seq", out var sequence) || sequence < 0
                || !TryGetInt64(element, "t", out var time))
            {
                return Malformed($"reading {index} has no sequence number or time");
            }

            if (!TryFromUnixSeconds(time + offsetSeconds, out var readingTime))
            {
                return TelemetryParseResult.Rejected(RejectionReason.ClockSkew, $"reading {index} time out of range");
            }

            if (!TryReadReading(element, sequence, readingTime, out var reading))
            {
                return Malformed($"reading {index} has a member of the wrong type");
            }

            readings[index++] = reading;
        }

        if (!TryGetOptionalCount(root, "drop", out var dropped))
        {
            return Malformed("drop is not a count");
        }

        return TelemetryParseResult.Accepted(new TelemetryMessage
        {
            SchemaVersion = (int)version,
            DeviceId = deviceId,
            Kind = kind,
            SentAt = sentAt,
            ReceivedAt = receivedAt,
            Readings = readings,
            DroppedByDevice = (int)(dropped ?? 0),
        });
    }

    private static bool TryReadReading(JsonElement element, long sequence, DateTimeOffset time, out DeviceReading reading)
    {
        reading = null!;
        if (!TryGetOptionalNumber(element, "fill_pct", out var fill)
            || !TryGetOptionalNumber(element, "dist_m", out var distance)
            || !TryGetOptionalNumber(element, "temp_c", out var temperature)
            || !TryGetOptionalNumber(element, "batt_v", out var battery)
            || !TryGetOptionalBoolean(element, "occ", out var occupied)
            || !TryGetOptionalCount(element, "visits", out var visits)
            || !TryGetOptionalCount(element, "occ_s", out var occupiedSeconds)
            || !TryGetOptionalNumber(element, "nh3_ppm", out var ammonia)
            || !TryGetOptionalNumber(element, "h2s_ppm", out var sulphide)
            || !TryGetNames(element, "alarms", out var alarms)
            || !TryGetNames(element, "faults", out var faults))
        {
            return false;
        }

        reading = new DeviceReading
        {
            Sequence = sequence,
            Time = time,
            FillPercent = fill,
            DistanceMetres = distance,
            TemperatureCelsius = temperature,
            BatteryVolts = battery,
            Occupied = occupied,
            Visits = (int?)visits,
            OccupiedSeconds = (int?)occupiedSeconds,
            AmmoniaPpm = ammonia,
            HydrogenSulphidePpm = sulphide,
            Alarms = alarms,
            Faults = faults,
        };
        return true;
    }

    private static TelemetryParseResult Malformed(string detail) => TelemetryParseResult.Rejected(RejectionReason.Malformed, detail);

    private static bool TryReadKind(string text, out DeviceKind kind)
    {
        kind = text == "bin" ? DeviceKind.Bin : DeviceKind.Toilet;
        return text is "bin" or "toilet";
    }

    private static bool TryGetString(JsonElement parent, string name, out string value)
    {
        value = "";
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = element.GetString()!;
        return true;
    }

    private static bool TryGetInt64(JsonElement parent, string name, out long value)
    {
        value = 0;
        return parent.TryGetProperty(name, out var element)
            && element.ValueKind == JsonValueKind.Number
            && element.TryGetInt64(out value);
    }

    // Absent and null both mean "not measured"; anything else must be a finite number (1e999 parses as infinity).
    private static bool TryGetOptionalNumber(JsonElement parent, string name, out double? value)
    {
        value = null;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            return false;
        }

        value = number;
        return true;
    }

    private static bool TryGetOptionalBoolean(JsonElement parent, string name, out bool? value)
    {
        value = null;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return false;
        }

        value = element.GetBoolean();
        return true;
    }

    // A count is a whole number from 0 to int.MaxValue; range limits beyond that are the validator's.
    private static bool TryGetOptionalCount(JsonElement parent, string name, out long? value)
    {
        value = null;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var number) || number < 0 || number > int.MaxValue)
        {
            return false;
        }

        value = number;
        return true;
    }

    // Alarm and fault names: a short array of short lower-case names.
    private static bool TryGetNames(JsonElement parent, string name, out IReadOnlyList<string> names)
    {
        names = [];
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() > TelemetryLimits.MaxNamesPerReading)
        {
            return false;
        }

        var list = new List<string>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { } text || !IsName(text))
            {
                return false;
            }

            list.Add(text);
        }

        names = list;
        return true;
    }

    private static bool IsName(string text) =>
        text.Length is > 0 and <= TelemetryLimits.MaxNameLength && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    private static bool TryFromUnixSeconds(long seconds, out DateTimeOffset time)
    {
        time = default;
        if (seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        time = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }
}
