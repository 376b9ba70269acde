using System.Text.Json;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Tests.Text;

public class JsonWriterTests
{
    [Fact]
    public void Writes_nested_objects_and_arrays_with_commas_in_the_right_places()
    {
        var json = new JsonWriter(4)
            .BeginObject()
            .Name("a").Number(1)
            .Name("b").BeginArray().Number(1.5, 1).BeginObject().Name("c").Boolean(true).EndObject().BeginArray().EndArray().EndArray()
            .Name("d").String("x")
            .EndObject()
            .ToString();

        Assert.Equal("""{"a":1,"b":[1.5,{"c":true},[]],"d":"x"}""", json);
    }

    [Fact]
    public void Escapes_strings_so_any_text_round_trips()
    {
        var random = new Random(3);
        for (var trial = 0; trial < 500; trial++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 0x2FF)).ToArray());

            var json = new JsonWriter().BeginObject().Name("s").String(text).EndObject().ToString();

            Assert.Equal(text, JsonDocument.Parse(json).RootElement.GetProperty("s").GetString());
        }
    }

    [Fact]
    public void A_counting_pass_measures_exactly_the_utf8_bytes_a_writer_then_writes()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 300; trial++)
        {
            // Any text, surrogate pairs and lone surrogates included.
            var text = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray());
            JsonWriter Write(JsonWriter writer) => writer.BeginObject().Name("s").String(text).Name("n").Number(-12.345, 2).EndObject();

            var counted = Write(JsonWriter.Counting()).Length;
            var bytes = Write(JsonWriter.Exact(counted)).ToUtf8();

            Assert.Equal(counted, bytes.Length);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Write(new JsonWriter()).ToString()), bytes);
        }
    }

    [Fact]
    public void Writes_null_for_a_number_that_has_no_json_form()
    {
        var json = new JsonWriter().BeginArray()
            .Number(double.NaN, 1).Number(double.NegativeInfinity, 1).Number(1e300, 1).Number(-DecimalText.MaxMagnitude, 0)
            .EndArray().ToString();

        Assert.Equal("[null,null,null,null]", json);
    }

    [Fact]
    public void Refuses_to_close_what_was_never_opened()
    {
        Assert.Throws<InvalidOperationException>(() => new JsonWriter().EndObject());
    }
}
