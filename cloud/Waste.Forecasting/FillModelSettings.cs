namespace Waste.Forecasting;

/// <summary>How the fill model reads a bin's readings. The defaults suit an ultrasonic sensor's few points of noise;
/// the forecast benchmark shows how they fare on real data.</summary>
public sealed record FillModelSettings
{
    /// <summary>The city's offset from UTC (Vietnam: +7 all year): fill habits follow local hours.</summary>
    public TimeSpan UtcOffset { get; init; } = TimeSpan.FromHours(7);

    /// <summary>The smallest drop, in points, taken for an emptying rather than noise.</summary>
    public double MinCollectionDrop { get; init; } = 15;

    /// <summary>How much of a reading's surprise moves the level (0..1) for a sensor whose noise is
    /// <see cref="ReferenceNoise"/>; a noisier sensor's readings move it proportionally less.</summary>
    public double LevelGain { get; init; } = 0.5;

    /// <summary>The noise, points, at which <see cref="LevelGain"/> applies in full: a clean ultrasonic reading.</summary>
    public const double ReferenceNoise = 2;

    /// <summary>Readings further apart than this teach nothing about hourly rates (the device was offline).</summary>
    public TimeSpan MaxLearningGap { get; init; } = TimeSpan.FromHours(12);

    /// <summary>The default settings.</summary>
    public static FillModelSettings Default { get; } = new();
}
