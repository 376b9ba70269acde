namespace Waste.Forecasting;

/// <summary>A bin's expected fill hour by hour from its last reading, with an 80 % band, assuming nobody empties it.</summary>
[GenerateSerializer, Immutable]
public sealed record FillProjection
{
    /// <summary>The projection's points, the first at the last reading's time.</summary>
    [Id(0)] public required IReadOnlyList<ProjectedFill> Points { get; init; }

    /// <summary>When the projection starts (the model's last reading).</summary>
    public DateTimeOffset From => Points[0].Time;

    /// <summary>When the projection ends.</summary>
    public DateTimeOffset Until => Points[^1].Time;

    /// <summary>The projected fill at <paramref name="time"/>, interpolated; the last point beyond the end.</summary>
    public ProjectedFill At(DateTimeOffset time)
    {
        if (time <= From)
        {
            return Points[0] with { Time = time };
        }

        for (var i = 1; i < Points.Count; i++)
        {
            if (Points[i].Time >= time)
            {
                var (a, b) = (Points[i - 1], Points[i]);
                var share = (time - a.Time) / (b.Time - a.Time);
                return new ProjectedFill(time, Lerp(a.Expected, b.Expected, share), Lerp(a.Low, b.Low, share), Lerp(a.High, b.High, share));
            }
        }

        return Points[^1] with { Time = time };
    }

    /// <summary>When the bin is expected to reach <paramref name="percent"/>: soonest (the band's top crosses it),
    /// expected, and latest (the band's bottom crosses it). A time is null when it lies beyond the projection.</summary>
    public ThresholdCrossing TimeToReach(double percent) => new(
        percent,
        FirstCrossing(percent, p => p.High),
        FirstCrossing(percent, p => p.Expected),
        FirstCrossing(percent, p => p.Low));

    private DateTimeOffset? FirstCrossing(double percent, Func<ProjectedFill, double> value)
    {
        if (value(Points[0]) >= percent)
        {
            return Points[0].Time;
        }

        for (var i = 1; i < Points.Count; i++)
        {
            var (before, after) = (value(Points[i - 1]), value(Points[i]));
            if (after >= percent)
            {
                var share = (percent - before) / (after - before);
                return Points[i - 1].Time + (Points[i].Time - Points[i - 1].Time) * share;
            }
        }

        return null;
    }

    private static double Lerp(double a, double b, double share) => a + (b - a) * share;
}

/// <summary>A projected fill, percent: expected, and the 80 % band around it.</summary>
[GenerateSerializer, Immutable]
public readonly record struct ProjectedFill(
    [property: Id(0)] DateTimeOffset Time,
    [property: Id(1)] double Expected,
    [property: Id(2)] double Low,
    [property: Id(3)] double High);

/// <summary>When a bin reaches a fill: soonest, expected and latest (null: beyond the projection's horizon).</summary>
[GenerateSerializer, Immutable]
public sealed record ThresholdCrossing(
    [property: Id(0)] double Percent,
    [property: Id(1)] DateTimeOffset? Soonest,
    [property: Id(2)] DateTimeOffset? Expected,
    [property: Id(3)] DateTimeOffset? Latest);
