using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Waste.Storage.Cosmos;

/// <summary>
/// Cosmos DB keeps JSON numbers as 64-bit floats, exact only up to 2^53. A 64-bit integer beyond that (a bitmap, a
/// hash) would come back changed: such values are written as strings and read from either form. Smaller ones stay
/// numbers, so documents remain readable.
/// </summary>
internal static class ExactIntegerConverters
{
    /// <summary>The largest integer a 64-bit float holds exactly.</summary>
    public const long MaxExact = 1L << 53;

    /// <summary>The converters for <see cref="long"/> and <see cref="ulong"/>.</summary>
    public static readonly JsonConverter[] All = [new Int64Converter(), new UInt64Converter()];

    private sealed class Int64Converter : JsonConverter<long>
    {
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? long.Parse(reader.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
                : reader.GetInt64();

        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options)
        {
            if (value is > MaxExact or < -MaxExact)
            {
                writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNumberValue(value);
            }
        }
    }

    private sealed class UInt64Converter : JsonConverter<ulong>
    {
        public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? ulong.Parse(reader.GetString()!, NumberStyles.None, CultureInfo.InvariantCulture)
                : reader.GetUInt64();

        public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options)
        {
            if (value > MaxExact)
            {
                writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNumberValue(value);
            }
        }
    }
}
