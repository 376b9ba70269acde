using Microsoft.Extensions.Localization;
using Waste.Grains.Planning;
using Waste.Scheduling;

namespace Waste.Web.Pages.Dispatch;

/// <summary>
/// The words <c>decision-reason.js</c> builds a bin's decision from, in the page's language: a name per verdict and a
/// sentence per rule with the decision's figures as placeholders (<c>{due}</c>, <c>{day}</c>, <c>{line}</c>,
/// <c>{threshold}</c>). A rule may be worded for one policy (<c>Decision.Scheduled.TunedStatic</c>: its weekly
/// schedule, not every other day) or one verdict (<c>Decision.Waits.PassingBy</c>: no route passed close enough).
/// </summary>
public static class DecisionWords
{
    /// <summary>The sentences worded for one policy.</summary>
    public static readonly IReadOnlyList<(DecisionRule Rule, SelectionPolicy Policy)> ForPolicy =
    [
        (DecisionRule.Scheduled, SelectionPolicy.EveryOtherDay), (DecisionRule.Scheduled, SelectionPolicy.TunedStatic),
        (DecisionRule.NotScheduled, SelectionPolicy.EveryOtherDay), (DecisionRule.NotScheduled, SelectionPolicy.TunedStatic),
        (DecisionRule.NotDue, SelectionPolicy.Forecast), (DecisionRule.NotDue, SelectionPolicy.Anticipatory),
    ];

    /// <summary>The sentences worded for one verdict.</summary>
    public static readonly IReadOnlyList<(BinVerdict Verdict, DecisionRule Rule)> ForVerdict =
    [
        (BinVerdict.MayGo, DecisionRule.Due), (BinVerdict.Waits, DecisionRule.PassingBy),
        (BinVerdict.MustGo, DecisionRule.NoTruck), (BinVerdict.Waits, DecisionRule.NoTruck),
    ];

    /// <summary>Adds the words to <paramref name="words"/>.</summary>
    public static Dictionary<string, string> AddTo(Dictionary<string, string> words, IStringLocalizer<Text> text)
    {
        foreach (var verdict in Enum.GetValues<BinVerdict>())
        {
            words["verdict." + verdict] = text[$"BinVerdict.{verdict}"];
        }

        foreach (var rule in Enum.GetValues<DecisionRule>())
        {
            words["why." + rule] = text[$"Decision.{rule}"];
        }

        foreach (var (rule, policy) in ForPolicy)
        {
            words[$"why.{rule}.{policy}"] = text[$"Decision.{rule}.{policy}"];
        }

        foreach (var (verdict, rule) in ForVerdict)
        {
            words[$"why.{verdict}.{rule}"] = text[$"Decision.{verdict}.{rule}"];
        }

        words["why.dueAt"] = text["Decision.DueAt"];
        return words;
    }
}
