using Waste.Firmware.Core.Persistence;
using Waste.Firmware.Core.Telemetry;

namespace Waste.Firmware.Tests.Telemetry;

public class ReadingBufferTests
{
    [Fact]
    public void Readings_wait_oldest_first_and_leave_only_when_acknowledged()
    {
        var buffer = new ReadingBuffer(4);
        for (var i = 0; i < 3; i++)
        {
            buffer.Add(new BinReading(i, 100 * i, 1, 10, 25));
        }

        Assert.Equal(0, buffer.At(0).Sequence);
        buffer.Acknowledge(2);

        Assert.Equal(1, buffer.Count);
        Assert.Equal(2, buffer.At(0).Sequence);
    }

    [Fact]
    public void A_full_buffer_drops_the_oldest_and_counts_it_until_the_next_message()
    {
        var buffer = new ReadingBuffer(3);
        for (var i = 0; i < 5; i++)
        {
            buffer.Add(new BinReading(i, i, 1, 10, 25));
        }

        Assert.Equal(2, buffer.DroppedSinceSent);
        Assert.Equal([2L, 3, 4], Enumerable.Range(0, buffer.Count).Select(i => buffer.At(i).Sequence));
        buffer.Acknowledge(3);
        Assert.Equal(0, buffer.DroppedSinceSent);
        Assert.Equal(2, buffer.DroppedTotal);
    }

    [Fact]
    public void The_buffer_survives_deep_sleep_reading_for_reading()
    {
        var buffer = new ReadingBuffer(8);
        buffer.Add(new BinReading(5, 60, 0.7, 55.5, 31.2, 3.91, ["tilt"], []));
        buffer.Add(new ToiletReading(6, 120, true, 2, 45, 12.3, double.NaN, double.NaN, double.NaN, [], ["odour_sensor"]));
        var writer = new ByteWriter();
        buffer.WriteTo(writer);

        var restored = new ReadingBuffer(8);
        Assert.True(restored.ReadFrom(new ByteReader(writer.ToArray())));

        Assert.Equal(2, restored.Count);
        var original = Encode(buffer);
        Assert.Equal(original, Encode(restored));
        Assert.Contains("\"alarms\":[\"tilt\"]", original, StringComparison.Ordinal);
    }

    [Fact]
    public void A_garbled_record_restores_nothing()
    {
        var restored = new ReadingBuffer(8);

        Assert.False(restored.ReadFrom(new ByteReader([9, 0, 0, 0, 0, 0, 0, 0, 1])));
        Assert.Equal(0, restored.Count);
    }

    private static string Encode(ReadingBuffer buffer) =>
        TelemetryEncoder.Encode("b", "bin", ClockSource.Utc, 0, 0,
            Enumerable.Range(0, buffer.Count).Select(buffer.At).ToArray(), buffer.Count);
}
