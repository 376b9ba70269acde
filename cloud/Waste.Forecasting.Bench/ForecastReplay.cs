using Waste.Forecasting;

namespace Waste.Forecasting.Bench;

/// <summary>
/// Replays the traces of a ward's bins together, reading by reading in time order, as the cloud would have seen them.
/// After each reading (past the bin's warm-up), the model and the baseline forecast the fill at the horizon, scored
/// against the reading nearest to that time; and, while the bin is below the threshold, when it will cross it, scored
/// against the first later reading from which two in a row are at or above it (one reading over is often a spike). Only readings up to the forecast's time are used to make it. With
/// <c>wardPrior</c>, a bin's prior is the profile its ward's other bins have learnt so far, as the zone grain gives it.
/// </summary>
public sealed class ForecastReplay(FillModelSettings settings, TimeSpan horizon, TimeSpan warmUp, TimeSpan baselineWindow, double threshold, bool wardPrior)
{
    /// <summary>How far apart a reading may be from the horizon and still score it.</summary>
    public static readonly TimeSpan MatchTolerance = TimeSpan.FromMinutes(45);

    /// <summary>A drop this large between consecutive readings is an emptying, for deciding which forecasts could
    /// not have known (the same rule for both forecasters).</summary>
    public const double EmptyingDrop = 25;

    /// <summary>Time-to-threshold errors are capped here: a forecast that never crosses is this wrong at most.</summary>
    public static readonly TimeSpan CrossingHorizon = TimeSpan.FromDays(7);

    /// <summary>Scores every forecast made along the <paramref name="traces"/> of one ward.</summary>
    public IEnumerable<ForecastScore> Run(IReadOnlyList<FillTrace> traces)
    {
        var models = traces.ToDictionary(t => t.BinId, _ => new FillModel());
        var positions = traces.ToDictionary(t => t.BinId, _ => 0);
        var events = traces.SelectMany(t => t.Readings.Select((r, i) => (Trace: t, Index: i, r.Time))).OrderBy(e => e.Time).ToList();
        foreach (var (trace, index, now) in events)
        {
            var readings = trace.Readings;
            var model = models[trace.BinId];
            var prior = wardPrior
                ? RatePrior.Of([.. models.Where(m => m.Key != trace.BinId).Select(m => m.Value.Share)], RatePrior.CityDefault)
                : RatePrior.CityDefault;
            model.Observe(readings[index], prior, settings);
            positions[trace.BinId] = index;
            if (now - readings[0].Time < warmUp)
            {
                continue;
            }

            var projection = FillForecaster.Project(model, prior, settings, now + CrossingHorizon);
            if (Nearest(readings, now + horizon) is { } actual)
            {
                var history = readings.Take(index + 1).ToList();
                var ours = projection.At(now + horizon);
                yield return new ForecastScore(
                    trace.BinId,
                    now,
                    actual.FillPercent,
                    ours.Expected,
                    LinearExtrapolation.Forecast(history, now, baselineWindow, now + horizon),
                    readings[index].FillPercent,
                    actual.FillPercent >= ours.Low && actual.FillPercent <= ours.High,
                    EmptiedBetween(readings, now, actual.Time),
                    CrossingError(readings, index, projection.TimeToReach(threshold).Expected),
                    CrossingError(readings, index, LinearExtrapolation.TimeToReach(history, now, baselineWindow, threshold)));
            }
        }
    }

    private double? CrossingError(IReadOnlyList<FillObservation> readings, int index, DateTimeOffset? predicted)
    {
        var now = readings[index].Time;
        if (readings[index].FillPercent >= threshold)
        {
            return null;
        }

        for (var j = index + 1; j < readings.Count && readings[j].Time - now <= CrossingHorizon; j++)
        {
            if (readings[j - 1].FillPercent - readings[j].FillPercent >= EmptyingDrop)
            {
                return null;
            }

            if (readings[j].FillPercent >= threshold && j + 1 < readings.Count && readings[j + 1].FillPercent >= threshold)
            {
                var guess = predicted is { } p && p - now <= CrossingHorizon ? p : now + CrossingHorizon;
                return Math.Abs((guess - readings[j].Time).TotalHours);
            }
        }

        return null;
    }

    private static FillObservation? Nearest(IReadOnlyList<FillObservation> readings, DateTimeOffset time)
    {
        FillObservation? best = null;
        foreach (var reading in readings)
        {
            var distance = (reading.Time - time).Duration();
            if (distance <= MatchTolerance && (best is null || distance < (best.Value.Time - time).Duration()))
            {
                best = reading;
            }
        }

        return best;
    }

    private static bool EmptiedBetween(IReadOnlyList<FillObservation> readings, DateTimeOffset from, DateTimeOffset to)
    {
        for (var j = 1; j < readings.Count; j++)
        {
            if (readings[j].Time > from && readings[j].Time <= to && readings[j - 1].FillPercent - readings[j].FillPercent >= EmptyingDrop)
            {
                return true;
            }
        }

        return false;
    }
}
