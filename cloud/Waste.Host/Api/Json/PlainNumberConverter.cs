using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Waste.Host.Api.Json;

/// <summary>
/// Numbers as people write them: at most 15 significant digits, the precision a double holds exactly, so the noise of
/// binary fractions goes (a fill of 100 × (1 − 0.799) is written 20.1, not 20.099999999999998) and nothing a sensor or
/// a plan can tell apart is lost.
/// </summary>
public sealed class PlainNumberConverter : JsonConverter<double>
{
    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
}
