using Waste.Forecasting;

namespace Waste.Forecasting.Bench;

/// <summary>The baseline: the least-squares slope of the recent readings, extrapolated from the last reading.</summary>
public static class LinearExtrapolation
{
    /// <summary>The fill expected at <paramref name="at"/> from the readings of the last <paramref name="window"/>
    /// before <paramref name="now"/>, clamped to 0..100; the last reading alone when fewer than three.</summary>
    public static double Forecast(IReadOnlyList<FillObservation> history, DateTimeOffset now, TimeSpan window, DateTimeOffset at)
    {
        var recent = history.Where(r => r.Time <= now && r.Time > now - window).ToList();
        var last = history.Last(r => r.Time <= now);
        if (recent.Count < 3)
        {
            return last.FillPercent;
        }

        return Math.Clamp(last.FillPercent + Slope(recent) * (at - last.Time).TotalHours, 0, 100);
    }

    /// <summary>When the extrapolated line reaches <paramref name="percent"/>; null when it never does.</summary>
    public static DateTimeOffset? TimeToReach(IReadOnlyList<FillObservation> history, DateTimeOffset now, TimeSpan window, double percent)
    {
        var recent = history.Where(r => r.Time <= now && r.Time > now - window).ToList();
        var last = history.Last(r => r.Time <= now);
        if (last.FillPercent >= percent)
        {
            return last.Time;
        }

        var slope = recent.Count < 3 ? 0 : Slope(recent);
        var hours = slope > 0 ? (percent - last.FillPercent) / slope : double.PositiveInfinity;
        return hours < TimeSpan.FromDays(3650).TotalHours ? last.Time + TimeSpan.FromHours(hours) : null;
    }

    private static double Slope(IReadOnlyList<FillObservation> readings)
    {
        var origin = readings[0].Time;
        var xs = readings.Select(r => (r.Time - origin).TotalHours).ToArray();
        var ys = readings.Select(r => r.FillPercent).ToArray();
        var (meanX, meanY) = (xs.Average(), ys.Average());
        var covariance = xs.Zip(ys, (x, y) => (x - meanX) * (y - meanY)).Sum();
        var varianceX = xs.Sum(x => (x - meanX) * (x - meanX));
        return varianceX == 0 ? 0 : covariance / varianceX;
    }
}
