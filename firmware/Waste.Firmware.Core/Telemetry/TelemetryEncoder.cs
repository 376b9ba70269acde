using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>Encodes a batch of readings as one telemetry message (schema in docs/device-protocol.md).</summary>
public static class TelemetryEncoder
{
    /// <summary>
    /// The JSON message for the first <paramref name="count"/> readings of <paramref name="readings"/>, oldest first,
    /// as device <paramref name="deviceId"/> of the given kind sends it at <paramref name="sentAt"/>.
    /// </summary>
    public static string Encode(
        string deviceId, string kind, ClockSource clock, long sentAt, IReading[] readings, int count) =>
        Encode(deviceId, kind, clock, sentAt, -1, readings, count);

    /// <summary>
    /// As the other overload, and tells the cloud that the offline buffer dropped <paramref name="dropped"/> readings
    /// since the previous message (the <c>drop</c> member; left out when negative).
    /// </summary>
    public static string Encode(
        string deviceId, string kind, ClockSource clock, long sentAt, long dropped, IReading[] readings, int count)
    {
        if (count < 0 || count > readings.Length)
        {
            throw new System.ArgumentOutOfRangeException(nameof(count));
        }

        var writer = Begin(new JsonWriter(128 + 128 * count), deviceId, kind, clock, sentAt, dropped);
        for (var i = 0; i < count; i++)
        {
            Reading(writer, readings[i], 0);
        }

        return writer.EndArray().EndObject().ToString();
    }

    /// <summary>
    /// The message, as the UTF-8 bytes it is sent as, for the <paramref name="count"/> oldest readings waiting in
    /// <paramref name="buffer"/> with <paramref name="timeOffset"/> added to their times (monotonic to the
    /// message's clock), and the buffer's drop count. Each reading is read from its record as it is written, and
    /// a first pass counts the bytes, so the message's array, allocated once at its exact size, is the only large
    /// thing it allocates.
    /// </summary>
    public static byte[] Encode(string deviceId, string kind, ClockSource clock, long sentAt, ReadingBuffer buffer, int count, long timeOffset)
    {
        if (count < 0 || count > buffer.Count)
        {
            throw new System.ArgumentOutOfRangeException(nameof(count));
        }

        var counted = Write(JsonWriter.Counting(), deviceId, kind, clock, sentAt, buffer, count, timeOffset);
        return Write(JsonWriter.Exact(counted.Length), deviceId, kind, clock, sentAt, buffer, count, timeOffset).ToUtf8();
    }

    private static JsonWriter Write(
        JsonWriter writer, string deviceId, string kind, ClockSource clock, long sentAt, ReadingBuffer buffer, int count, long timeOffset)
    {
        Begin(writer, deviceId, kind, clock, sentAt, buffer.DroppedSinceSent);
        for (var i = 0; i < count; i++)
        {
            Reading(writer, buffer.At(i), timeOffset);
        }

        return writer.EndArray().EndObject();
    }

    private static JsonWriter Begin(JsonWriter writer, string deviceId, string kind, ClockSource clock, long sentAt, long dropped)
    {
        writer.BeginObject()
            .Name(TelemetrySchema.Version).Number(TelemetrySchema.CurrentVersion)
            .Name(TelemetrySchema.Device).String(deviceId)
            .Name(TelemetrySchema.Kind).String(kind)
            .Name(TelemetrySchema.Clock).String(clock == ClockSource.Utc ? TelemetrySchema.ClockUtc : TelemetrySchema.ClockUptime)
            .Name(TelemetrySchema.Sent).Number(sentAt);
        if (dropped >= 0)
        {
            writer.Name(TelemetrySchema.Dropped).Number(dropped);
        }

        writer.Name(TelemetrySchema.Readings).BeginArray();
        return writer;
    }

    private static void Reading(JsonWriter writer, IReading reading, long timeOffset)
    {
        writer.BeginObject()
            .Name(TelemetrySchema.Sequence).Number(reading.Sequence)
            .Name(TelemetrySchema.Time).Number(reading.Time + timeOffset);
        reading.WriteFields(writer);
        writer.EndObject();
    }
}
