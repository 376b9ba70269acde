using System.Text.Json.Nodes;
using Waste.Grains.Devices;

namespace Waste.Cloud.Tests.Grains;

public class TwinJsonTests
{
    [Fact]
    public void A_patch_merges_objects_and_null_removes_a_property()
    {
        var merged = TwinJson.TryMerge("""{"a":1,"b":{"c":2,"d":3},"e":4}""", """{"b":{"c":20,"x":5},"e":null,"f":[1]}""", out var error);

        Assert.Null(error);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":1,"b":{"c":20,"d":3,"x":5},"f":[1]}"""), JsonNode.Parse(merged!)));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("1")]
    [InlineData("{")]
    [InlineData("""{"$version":3}""")]
    [InlineData("""{"a":{"$metadata":1}}""")]
    [InlineData("""{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{"j":{"k":1}}}}}}}}}}}""")]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""{"a":{"b":[],"b":null}}""")]
    public void What_is_not_a_valid_patch_is_refused_with_a_reason(string patch)
    {
        Assert.Null(TwinJson.TryMerge("{}", patch, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Properties_may_not_grow_beyond_32_kilobytes()
    {
        var big = $$"""{"blob":"{{new string('x', TwinJson.MaxBytes)}}"}""";

        Assert.Null(TwinJson.TryMerge("{}", big, out var error));
        Assert.Contains("32768", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", 1, """{"$version":1}""")]
    [InlineData("""{"a":1,"b":{"c":[1,"x",null,true]},"d":"Thủ Dầu Một"}""", 42, """{"a":1,"b":{"c":[1,"x",null,true]},"d":"Thủ Dầu Một","$version":42}""")]
    public void A_document_is_shown_whole_with_its_version_last(string document, long version, string expected)
    {
        var shown = TwinJson.WithVersion(document, version);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(shown)), shown);
        Assert.Equal("$version", JsonNode.Parse(shown)!.AsObject().Last().Key);
    }

    [Fact]
    public void A_device_gets_desired_and_reported_each_with_its_own_version()
    {
        var twin = new DeviceTwin { Desired = """{"sampling":{"minutes":15}}""", DesiredVersion = 7, Reported = """{"fw":"1.2"}""", ReportedVersion = 3 };

        Assert.Equal("""{"desired":{"sampling":{"minutes":15},"$version":7},"reported":{"fw":"1.2","$version":3}}""", TwinJson.DeviceView(twin));
    }

    [Fact]
    public void A_document_with_its_version_is_compact_json()
    {
        Assert.Equal("""{"a":[1,{"b":null}],"$version":3}""", TwinJson.WithVersion("""{ "a" : [1, {"b": null}] }""", 3));
    }
}
