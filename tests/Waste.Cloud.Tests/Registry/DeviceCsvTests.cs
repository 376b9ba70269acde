using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Cloud.Tests.Registry;

public class DeviceCsvTests
{
    [Fact]
    public void Reads_devices_gives_each_a_new_key_and_names_each_bad_row_by_line()
    {
        const string csv = """
            id,kind,latitude,longitude,ward,district,stream,capacity_litres
            bin-0001,bin,10.98,106.65,Phú Cường,Thủ Dầu Một,recyclable,240
            wc-01,Toilet,10.9,106.6,Phú Hòa,Thủ Dầu Một,,
            bin/2,bin,10,106,,,residual,240
            bin-0003,bin,10,106,,,residual,
            bin-0004,bin,10,106,,,glass,240
            bin-0001,bin,10,106,,,residual,240
            """;

        var (devices, errors) = DeviceCsv.Read(new StringReader(csv));

        Assert.Equal(["bin-0001", "wc-01"], devices.Select(d => d.Id));
        Assert.Equal(WasteStream.Recyclable, devices[0].Stream);
        Assert.Equal(DeviceKind.Toilet, devices[1].Kind);
        Assert.Equal("Phú Cường", devices[0].Ward);
        Assert.All(devices, d => Assert.True(DeviceKey.IsValid(d.PrimaryKey)));
        Assert.NotEqual(devices[0].PrimaryKey, devices[1].PrimaryKey);
        Assert.Equal(4, errors.Count);
        Assert.StartsWith("line 4:", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("line 5:", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("line 6:", errors[2], StringComparison.Ordinal);
        Assert.Contains("twice", errors[3], StringComparison.Ordinal);
    }

    [Fact]
    public void What_is_written_reads_back_without_keys()
    {
        RegisteredDevice[] devices =
        [
            new() { Id = "bin-1", Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), Latitude = 10.5, Longitude = 106.7, Ward = "Phú Lợi", District = "Thủ Dầu Một", Stream = WasteStream.Organic, CapacityLitres = 660 },
        ];
        var writer = new StringWriter();

        DeviceCsv.Write(writer, devices);

        Assert.DoesNotContain(devices[0].PrimaryKey, writer.ToString(), StringComparison.Ordinal);
        var (read, errors) = DeviceCsv.Read(new StringReader(writer.ToString()));
        Assert.Empty(errors);
        Assert.Equal(devices[0] with { PrimaryKey = read[0].PrimaryKey }, read[0]);
    }

    [Fact]
    public void A_toilets_step_free_access_reads_back_and_a_word_that_is_not_true_or_false_is_refused()
    {
        RegisteredDevice[] devices =
        [
            new() { Id = "wc-1", Kind = DeviceKind.Toilet, PrimaryKey = DeviceKey.Generate(), Latitude = 10.9, Longitude = 106.6, Accessible = true },
            new() { Id = "wc-2", Kind = DeviceKind.Toilet, PrimaryKey = DeviceKey.Generate(), Accessible = false },
        ];
        var writer = new StringWriter();
        DeviceCsv.Write(writer, devices);

        var (read, errors) = DeviceCsv.Read(new StringReader(writer.ToString()));
        var (_, refused) = DeviceCsv.Read(new StringReader("id,kind,latitude,longitude,ward,district,stream,capacity_litres,accessible\nwc-3,toilet,,,,,,,yes\n"));

        Assert.Empty(errors);
        Assert.Equal([true, false], read.Select(d => d.Accessible));
        Assert.Equal(["line 2: accessible must be true or false, not 'yes'"], refused);
    }

    [Fact]
    public void A_file_without_a_header_is_refused()
    {
        var (devices, errors) = DeviceCsv.Read(new StringReader(""));

        Assert.Empty(devices);
        Assert.Single(errors);
    }
}
