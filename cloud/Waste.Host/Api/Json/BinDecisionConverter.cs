using System.Text.Json;
using System.Text.Json.Serialization;
using Waste.Scheduling;

namespace Waste.Host.Api.Json;

/// <summary>
/// A plan's decision for one bin, written short: a depot's day holds one for each of its bins (about 400), and the
/// dispatcher's page reads the plan every few seconds. A field without a value is left out (a bin that waits for a
/// later visit has no due time), the expected fill is written to a tenth of a point and the due time to the minute: a
/// forecast knows neither any better.
/// </summary>
public sealed class BinDecisionConverter : JsonConverter<BinDecision>
{
    /// <inheritdoc />
    public override BinDecision Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Written>(ref reader, options) is { BinId: { } binId } written
            ? new BinDecision(binId, written.Verdict, written.Rule, written.FillPercent, written.DueAt, written.PlannedFor)
            : throw new JsonException("a decision needs its binId");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, BinDecision value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Written(
            value.BinId, value.Verdict, value.Rule,
            value.FillPercent is { } fill ? Math.Round(fill, 1) : null,
            value.DueAt is { } due ? due.AddTicks(-(due.Ticks % TimeSpan.TicksPerMinute)) : null,
            value.PlannedFor), options);

    // The decision as written, with the options' names, enums and instants.
    private sealed record Written(
        string? BinId,
        BinVerdict Verdict,
        DecisionRule Rule,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? FillPercent,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? DueAt,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? PlannedFor);
}
