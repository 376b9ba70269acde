using System.Globalization;

namespace Waste.Scheduling;

/// <summary>
/// Why a bin is, or is not, in a day's plan: the verdict, the rule behind it and the figures the rule used, as fields
/// so a page can word them in its reader's language and clock; <see cref="ToString"/> words them in English.
/// </summary>
/// <param name="BinId">The bin.</param>
/// <param name="Verdict">In the plan (must or may go), waiting, or not considered.</param>
/// <param name="Rule">The rule that decided.</param>
/// <param name="FillPercent">Its expected fill when the day was planned, percent, if known.</param>
/// <param name="DueAt">When it could pass the line the policy keeps bins under, if within the forecast.</param>
/// <param name="PlannedFor">The later day it is planned for, for <see cref="DecisionRule.PlannedLater"/>.</param>
[GenerateSerializer, Immutable]
public sealed record BinDecision(
    [property: Id(0)] string BinId,
    [property: Id(1)] BinVerdict Verdict,
    [property: Id(2)] DecisionRule Rule,
    [property: Id(3)] double? FillPercent = null,
    [property: Id(4)] DateTimeOffset? DueAt = null,
    [property: Id(5)] DateOnly? PlannedFor = null)
{
    /// <summary>The decision in English.</summary>
    public override string ToString()
    {
        var fill = FillPercent is { } percent ? string.Create(CultureInfo.InvariantCulture, $" ({percent:0} % full)") : "";
        var due = DueAt is { } at ? string.Create(CultureInfo.InvariantCulture, $" by {at:yyyy-MM-dd HH:mm}") : "";
        return Rule switch
        {
            DecisionRule.EveryDay => $"collected every day{fill}",
            DecisionRule.Scheduled => $"its scheduled day{fill}",
            DecisionRule.NotScheduled => $"not its scheduled day{fill}",
            DecisionRule.AtThreshold => $"at or above the collection threshold{fill}",
            DecisionRule.BelowThreshold => $"below the collection threshold{fill}",
            DecisionRule.Due => $"due: it could be full{due}, before a later visit{fill}",
            DecisionRule.PassingBy => $"not due yet, taken along as a truck passes by{fill}",
            DecisionRule.PlannedLater => string.Create(CultureInfo.InvariantCulture, $"planned for {PlannedFor:yyyy-MM-dd} with its neighbours{fill}"),
            DecisionRule.NotDue => $"not due within the horizon{fill}",
            DecisionRule.NoTruck => "no truck could take it",
            _ => "no usable forecast",
        };
    }
}
