namespace Waste.Forecasting;

/// <summary>What the model expected at a reading, kept until the reading a day later scores it: the level, the last
/// reading's departure from it, the rise the rates expected over <see cref="ForecastSkill.Lag"/>, and the spread the
/// model gave that rise.</summary>
[GenerateSerializer, Immutable]
public readonly record struct SkillCheck(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] double Level,
    [property: Id(2)] double Surprise,
    [property: Id(3)] double Rise,
    [property: Id(4)] double Spread);
