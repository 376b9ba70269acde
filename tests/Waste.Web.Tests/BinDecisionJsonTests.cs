using System.Text.Json;
using CsCheck;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Waste.Host.Api;
using Waste.Scheduling;

namespace Waste.Web.Tests;

/// <summary>A plan's decision per bin as the API writes it: only the fields that have a value, the fill to a tenth of
/// a point and the due time to the minute, about 100 bytes a bin; and read back as written.</summary>
public sealed class BinDecisionJsonTests
{
    private static readonly JsonSerializerOptions Api =
        new ServiceCollection().AddApiConventions().BuildServiceProvider().GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    [Fact]
    public void A_decision_is_written_with_only_the_fields_that_have_a_value()
    {
        var due = new DateTimeOffset(2026, 11, 28, 14, 12, 47, 123, TimeSpan.FromHours(7));

        Assert.Equal(
            """{"binId":"bin-0412","verdict":"Waits","rule":"PlannedLater","fillPercent":47.2,"dueAt":"2026-11-28T07:12:00Z","plannedFor":"2026-11-27"}""",
            JsonSerializer.Serialize(new BinDecision("bin-0412", BinVerdict.Waits, DecisionRule.PlannedLater, 47.15000001, due, new DateOnly(2026, 11, 27)), Api));
        Assert.Equal(
            """{"binId":"bin-0007","verdict":"NotConsidered","rule":"NoForecast"}""",
            JsonSerializer.Serialize(new BinDecision("bin-0007", BinVerdict.NotConsidered, DecisionRule.NoForecast), Api));
    }

    [Fact]
    public void Any_decision_reads_back_as_written()
    {
        var instant = Gen.Long[DateTimeOffset.UnixEpoch.Ticks, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero).Ticks].Select(t => new DateTimeOffset(t, TimeSpan.Zero));
        var decision = Gen.Select(
            Gen.String[Gen.Char.AlphaNumeric, 1, 20], Gen.Enum<BinVerdict>(), Gen.Enum<DecisionRule>(), Gen.Double[0, 100].Nullable(), instant.Nullable(),
            Gen.Int[0, 3_000_000].Select(DateOnly.FromDayNumber).Nullable(),
            (id, verdict, rule, fill, due, day) => new BinDecision(id, verdict, rule, fill, due, day));

        decision.Sample(d =>
        {
            var json = JsonSerializer.Serialize(d, Api);
            Assert.DoesNotContain("null", json, StringComparison.Ordinal);
            var read = JsonSerializer.Deserialize<BinDecision>(json, Api)!;
            Assert.Equal(d with
            {
                FillPercent = d.FillPercent is { } fill ? Math.Round(fill, 1) : null,
                DueAt = d.DueAt is { } at ? new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero) : null,
            }, read);
        });
    }

    [Fact]
    public void A_decision_without_its_bin_is_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BinDecision>("""{"verdict":"Waits","rule":"NotDue"}""", Api));
    }
}
