namespace Waste.Forecasting;

/// <summary>What a bin gives its ward towards the prior of the ward's bins: its hourly profile, its cycles and its
/// forecasts' scores.</summary>
[GenerateSerializer]
public sealed record FillShare(
    [property: Id(0)] RateProfile Rates,
    [property: Id(1)] FillCycles Cycles,
    [property: Id(2)] ForecastSkill Skill);
