namespace Waste.Forecasting;

/// <summary>How a bin's forecasts are best weighted and widened, as its own scores (or its ward's) show: the weight of
/// the rates' rise, the weight of the last reading's departure from the level, and how much wider than the model's
/// own the band must be.</summary>
[GenerateSerializer, Immutable]
public readonly record struct SkillEstimate(
    [property: Id(0)] double RiseWeight,
    [property: Id(1)] double SurpriseWeight,
    [property: Id(2)] double SpreadScale)
{
    /// <summary>Trust the model as it is: before anything was scored.</summary>
    public static SkillEstimate ModelAsIs { get; } = new(1, 0, 1);
}
