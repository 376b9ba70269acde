namespace Waste.Forecasting.Bench;

/// <summary>One forecast made at a reading and what happened: fill errors at the horizon, and time-to-threshold
/// errors where the bin really crossed the threshold later.</summary>
public sealed record ForecastScore(
    string BinId,
    DateTimeOffset MadeAt,
    double Actual,
    double Ours,
    double Linear,
    double Persistence,
    bool InsideBand,
    bool EmptiedMeanwhile,
    double? OursCrossingErrorHours,
    double? LinearCrossingErrorHours);
