using System.Buffers;
using System.Text;
using Waste.Firmware.Core.Telemetry;
using Waste.Telemetry;
using FirmwareClock = Waste.Firmware.Core.Telemetry.ClockSource;

namespace Waste.Cloud.Tests.Telemetry;

/// <summary>The message schema's contract: what the firmware core encodes, the cloud reads back unchanged.</summary>
public class FirmwareContractTests
{
    [Fact]
    public void A_batch_the_firmware_encodes_is_read_back_reading_for_reading()
    {
        var random = new Random(29);
        for (var trial = 0; trial < 500; trial++)
        {
            var count = random.Next(1, 50);
            var readings = Enumerable.Range(0, count)
                .Select(i => new BinReading(1000 + i, 1764180000 + 60 * i, random.NextDouble() * 2, random.NextDouble() * 100, random.NextDouble() * 60 - 10))
                .ToArray<IReading>();
            var json = TelemetryEncoder.Encode("bin-0042", TelemetrySchema.KindBin, FirmwareClock.Utc, 1764180000 + 60 * count, readings, count);

            var message = TelemetryParser.Parse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)), "bin-0042", DateTimeOffset.UtcNow).Message;

            Assert.NotNull(message);
            Assert.Equal(count, message.Readings.Count);
            for (var i = 0; i < count; i++)
            {
                var sent = (BinReading)readings[i];
                var read = message.Readings[i];
                Assert.Equal(sent.Sequence, read.Sequence);
                Assert.Equal(sent.Time, read.Time.ToUnixTimeSeconds());
                Assert.Equal(sent.FillPercent, read.FillPercent!.Value, 0.05);
                Assert.Equal(sent.DistanceMetres, read.DistanceMetres!.Value, 0.0005);
                Assert.Equal(sent.TemperatureCelsius, read.TemperatureCelsius!.Value, 0.05);
            }
        }
    }

    [Fact]
    public void Schema_names_and_version_agree()
    {
        Assert.Equal(1, TelemetrySchema.CurrentVersion);
        var json = TelemetryEncoder.Encode("t-1", TelemetrySchema.KindToilet, FirmwareClock.Uptime, 10, [], 0);

        var message = TelemetryParser.Parse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)), "t-1", DateTimeOffset.UtcNow).Message;

        Assert.Equal(DeviceKind.Toilet, message!.Kind);
    }
}
