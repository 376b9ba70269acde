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

        var writer = new JsonWriter(96 + 64 * count);
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
        for (var i = 0; i < count; i++)
        {
            var reading = readings[i];
            writer.BeginObject()
                .Name(TelemetrySchema.Sequence).Number(reading.Sequence)
                .Name(TelemetrySchema.Time).Number(reading.Time);
            reading.WriteFields(writer);
            writer.EndObject();
        }

        return writer.EndArray().EndObject().ToString();
    }
}
