using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Waste.Host.Api.Json;

/// <summary>
/// Every instant the API writes is UTC with a <c>Z</c> (<c>2026-11-26T03:00:00Z</c>), whatever offset it was made with
/// (plans are made on the city's clock, readings on UTC): one convention for clients to parse. Any ISO 8601 offset is
/// read. Calendar days (<c>2026-11-26</c>) are the city's, and are not instants.
/// </summary>
public sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
