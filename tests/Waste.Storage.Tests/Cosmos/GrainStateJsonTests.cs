using System.Text.Json;
using Waste.Storage.Cosmos;

namespace Waste.Storage.Tests.Cosmos;

/// <summary>The shapes Orleans state classes take, each through JSON and back.</summary>
public sealed class GrainStateJsonTests
{
    private static T RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, GrainStateJson.Options), GrainStateJson.Options)!;

    [Fact]
    public void A_private_setter_round_trips()
    {
        var meter = new Meter();
        meter.Add(5);

        Assert.Equal(5, RoundTrip(meter).Total);
    }

    [Fact]
    public void An_init_only_property_a_get_only_property_and_a_private_field_round_trip()
    {
        var shapes = new Shapes(name: "bin-0001", secret: 42) { Label = "north" };

        var read = RoundTrip(shapes);

        Assert.Equal("bin-0001", read.Name);
        Assert.Equal("north", read.Label);
        Assert.Equal(42, read.Secret);
    }

    [Fact]
    public void Members_of_base_classes_round_trip()
    {
        var toilet = new ToiletCounters { Site = "ward-7", Visits = 120 };

        var read = RoundTrip(toilet);

        Assert.Equal("ward-7", read.Site);
        Assert.Equal(120, read.Visits);
    }

    [Fact]
    public void A_struct_round_trips()
    {
        var position = new Position(10.98, 106.65);

        Assert.Equal(position, RoundTrip(position));
    }

    [Fact]
    public void Members_without_an_id_are_not_stored_as_Orleans_does_not_store_them()
    {
        var meter = new Meter { Scratch = "not persisted" };

        var json = JsonSerializer.Serialize(meter, GrainStateJson.Options);

        Assert.DoesNotContain("persisted", json, StringComparison.Ordinal);
        Assert.Equal("""{"total":0}""", json);
    }

    [Fact]
    public void Not_a_number_and_infinities_round_trip()
    {
        double[] values = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon];

        Assert.Equal(values, RoundTrip(values));
    }
}

[GenerateSerializer]
public sealed class Meter
{
    [Id(0)] public long Total { get; private set; }

    [NonSerialized]
    public string Scratch = "";

    public void Add(long more) => Total += more;
}

[GenerateSerializer]
public sealed class Shapes
{
    [Id(0)] private readonly int _secret;

    public Shapes(string name, int secret)
    {
        Name = name;
        _secret = secret;
    }

    [Id(1)] public string Name { get; }

    [Id(2)] public string Label { get; init; } = "";

    public int Secret => _secret;
}

[GenerateSerializer]
public class SiteCounters
{
    [Id(0)] public string Site { get; set; } = "";
}

[GenerateSerializer]
public sealed class ToiletCounters : SiteCounters
{
    [Id(0)] public long Visits { get; set; }
}

[GenerateSerializer]
public readonly record struct Position([property: Id(0)] double Latitude, [property: Id(1)] double Longitude);
