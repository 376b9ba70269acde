using CsCheck;
using Waste.Firmware.Core.Persistence;
using Waste.Firmware.Core.Telemetry;

namespace Waste.Firmware.Tests.Telemetry;

public class ReadingBufferTests
{
    private static readonly string[] BinAlarms = ["fire", "tilt", "lid_open", "low_battery"];
    private static readonly string[] BinFaults = ["no_echo", "out_of_range", "stuck", "temperature_sensor"];
    private static readonly string[] ToiletAlarms = ["odour", "stuck_occupied", "leak", "supplies_low", "low_battery"];

    private static readonly Gen<double> Measured = Gen.Frequency((6, Gen.Double[-50, 5000]), (1, Gen.Const(double.NaN)));

    [Fact]
    public void Readings_wait_oldest_first_and_leave_only_when_acknowledged()
    {
        var buffer = new ReadingBuffer(4, BinReadingFormat.Instance);
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
        var buffer = new ReadingBuffer(3, BinReadingFormat.Instance);
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
    public void A_bin_reading_read_back_from_its_record_writes_the_same_members()
    {
        var alarms = Gen.Int[0, 15].Select(bits => Subset(BinAlarms, bits));
        var faults = Gen.Int[0, 15].Select(bits => Subset(BinFaults, bits));
        Gen.Select(Gen.Long[0, long.MaxValue], Gen.Long[-1, 1L << 40], Measured, Measured, Gen.Select(Measured, Measured, alarms, faults))
            .Sample((sequence, time, distance, fill, rest) =>
            {
                var reading = new BinReading(sequence, time, distance, fill, rest.Item1, rest.Item2, rest.Item3, rest.Item4);

                var buffer = new ReadingBuffer(1, BinReadingFormat.Instance);
                buffer.Add(reading);

                Assert.Equal(Members(reading), Members(buffer.At(0)));
            }, iter: 5000);
    }

    [Fact]
    public void A_toilet_reading_read_back_from_its_record_writes_the_same_members()
    {
        var alarms = Gen.Int[0, 31].Select(bits => Subset(ToiletAlarms, bits));
        var faults = Gen.Bool.Select(faulty => faulty ? new[] { "odour_sensor" } : []);
        Gen.Select(Gen.Long[0, long.MaxValue], Gen.Bool, Gen.Long[0, int.MaxValue], Gen.Long[0, 86400], Gen.Select(Measured, Measured, Measured, alarms, faults))
            .Sample((sequence, occupied, visits, occupiedSeconds, rest) =>
            {
                var reading = new ToiletReading(sequence, 120, occupied, visits, occupiedSeconds, rest.Item1, rest.Item2, double.NaN, rest.Item3, rest.Item4, rest.Item5);

                var buffer = new ReadingBuffer(1, ToiletReadingFormat.Instance);
                buffer.Add(reading);

                Assert.Equal(Members(reading), Members(buffer.At(0)));
            }, iter: 5000);
    }

    [Fact]
    public void A_value_beyond_what_a_record_holds_is_kept_as_not_measured()
    {
        var buffer = new ReadingBuffer(1, BinReadingFormat.Instance);
        buffer.Add(new BinReading(1, 60, 3e6, 1e300, 25, 3.9, [], []));

        Assert.Equal("\"temp_c\":25,\"batt_v\":3.9", Members(buffer.At(0)));
    }

    [Fact]
    public void The_buffer_survives_deep_sleep_reading_for_reading_even_when_its_ring_has_wrapped()
    {
        var buffer = new ReadingBuffer(5, BinReadingFormat.Instance);
        for (var i = 0; i < 8; i++)
        {
            buffer.Add(new BinReading(i, 60 * i, 0.7, 55.5 + i, 31.2, 3.91, i % 2 == 0 ? ["tilt"] : [], []));
        }

        buffer.Acknowledge(1);
        var writer = new ByteWriter();
        buffer.WriteTo(writer);
        Assert.Equal(buffer.StateBytes, writer.Length);

        var restored = new ReadingBuffer(5, BinReadingFormat.Instance);
        Assert.True(restored.ReadFrom(new ByteReader(writer.ToArray())));

        Assert.Equal(4, restored.Count);
        Assert.Equal(buffer.DroppedTotal, restored.DroppedTotal);
        Assert.Equal(Encode(buffer), Encode(restored));
        restored.Add(new BinReading(8, 480, 0.7, 60, 31.2));
        Assert.Equal([4L, 5, 6, 7, 8], Enumerable.Range(0, restored.Count).Select(i => restored.At(i).Sequence));
    }

    [Fact]
    public void A_garbled_record_restores_nothing()
    {
        var restored = new ReadingBuffer(8, BinReadingFormat.Instance);

        Assert.False(restored.ReadFrom(new ByteReader([9, 0, 0, 0, 0, 0, 0, 0, 1])));
        Assert.False(restored.ReadFrom(new ByteReader([.. BitConverter.GetBytes(2L), .. new byte[16], .. new byte[40]])));
        Assert.Equal(0, restored.Count);
    }

    private static string[] Subset(string[] names, int bits) => [.. names.Where((_, i) => (bits >> i & 1) != 0)];

    private static string Members(IReading reading) => ReadingFields.Of(reading);

    private static string Encode(ReadingBuffer buffer) =>
        TelemetryEncoder.Encode("b", "bin", ClockSource.Utc, 0, 0,
            Enumerable.Range(0, buffer.Count).Select(buffer.At).ToArray(), buffer.Count);
}
