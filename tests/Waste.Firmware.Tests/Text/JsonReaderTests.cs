using CsCheck;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Tests.Text;

public class JsonReaderTests
{
    [Fact]
    public void Reads_objects_arrays_numbers_strings_and_literals()
    {
        var value = JsonReader.Parse("""{"a":[1,-2.5e2,true,false,null],"b":"x\"\u00e9\n","c":{}}""", out var error);

        Assert.Equal("", error);
        Assert.NotNull(value);
        var a = value.Member("a")!;
        Assert.Equal(5, a.Count);
        Assert.Equal(1, a.ValueAt(0).Number);
        Assert.Equal(-250, a.ValueAt(1).Number);
        Assert.True(a.ValueAt(2).Flag);
        Assert.Equal(JsonKind.Null, a.ValueAt(4).Kind);
        Assert.Equal("x\"é\n", value.Member("b")!.Text);
        Assert.Equal(JsonKind.Object, value.Member("c")!.Kind);
        Assert.Null(value.Member("d"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"a\":}")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1 2]")]
    [InlineData("01")]
    [InlineData("1.")]
    [InlineData("\"\\q\"")]
    [InlineData("\"\\u12G4\"")]
    [InlineData("tru")]
    [InlineData("{} {}")]
    [InlineData("1e999")]
    [InlineData("[[[[[[[[[1]]]]]]]]]")]
    public void Malformed_input_is_an_error_not_an_exception(string text)
    {
        Assert.Null(JsonReader.Parse(text, out var error));
        Assert.NotEqual("", error);
    }

    [Fact]
    public void Input_longer_than_the_limit_is_refused()
    {
        var text = "\"" + new string('a', JsonReader.MaxLength) + "\"";

        Assert.Null(JsonReader.Parse(text, out var error));
        Assert.StartsWith("longer than", error);
    }

    [Fact]
    public void Invalid_UTF8_is_an_error()
    {
        Assert.Null(JsonReader.Parse([0x7B, 0xC3, 0x28, 0x7D], out var error));
        Assert.Equal("not UTF-8", error);
    }

    [Fact]
    public void Any_text_parses_or_fails_cleanly_and_never_throws()
    {
        Gen.String.Sample(text =>
        {
            var value = JsonReader.Parse(text, out var error);
            Assert.True(value is not null || error.Length > 0);
        }, iter: 20000);
    }

    [Fact]
    public void Any_bytes_parse_or_fail_cleanly_and_never_throw()
    {
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            var value = JsonReader.Parse(bytes, out var error);
            Assert.True(value is not null || error.Length > 0);
        }, iter: 20000);
    }

    [Fact]
    public void Mutated_twin_patches_never_throw()
    {
        const string patch = """{"sample_period_s":900,"bin_depth_m":1.2,"odour_k":2,"$version":7}""";
        Gen.Select(Gen.Int[0, patch.Length - 1], Gen.Char, Gen.Bool).Sample((at, c, delete) =>
        {
            var text = delete ? patch.Remove(at, 1) : patch.Insert(at, c.ToString());
            var value = JsonReader.Parse(text, out var error);
            Assert.True(value is not null || error.Length > 0);
        }, iter: 20000);
    }

    [Fact]
    public void What_the_writer_writes_the_reader_reads_back()
    {
        Gen.Select(Gen.String, Gen.Double[-1e6, 1e6], Gen.Long).Sample((text, number, whole) =>
        {
            var json = new JsonWriter().BeginObject()
                .Name("s").String(text).Name("d").Number(number, 3).Name("l").Number(whole).EndObject().ToString();

            var value = JsonReader.Parse(json, out var error);

            Assert.True(value is not null, error);
            Assert.Equal(text, value.Member("s")!.Text);
            Assert.Equal(Math.Round(number, 3, MidpointRounding.AwayFromZero), value.Member("d")!.Number, 6);
            Assert.Equal(whole, value.Member("l")!.Number, Math.Abs((double)whole) * 1e-15);
        }, iter: 5000);
    }
}
