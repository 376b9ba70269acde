using Waste.Simulation.City;

namespace Waste.Simulation.Models;

/// <summary>
/// When people use a public toilet: visits arrive as a Poisson process whose rate follows the hour of day (opening
/// hours 05:00-22:00; markets busiest in the morning, parks in the evening; +20 % at weekends), each lasting 2-8
/// minutes (log-normal around 4), one at a time: who arrives while it is taken waits, and
/// who would still be waiting at closing time is turned away. The visits of an hour are drawn
/// from that hour's own random numbers, so they do not depend on when the model is asked. Visits begin at
/// <c>start</c>'s hour.
/// </summary>
public sealed class ToiletVisitModel(CityToilet toilet, int seed, long stream, DateTimeOffset start)
{
    /// <summary>Opening hours, local.</summary>
    public const int Opens = 5, Closes = 22;

    private static readonly double[] MarketShape = Shape([0, 0, 0, 0, 0, 1.6, 2.2, 2.0, 1.8, 1.5, 1.2, 1.0, 0.8, 0.7, 0.7, 0.8, 0.9, 0.8, 0.6, 0.5, 0.4, 0.3, 0, 0]);
    private static readonly double[] PublicShape = Shape([0, 0, 0, 0, 0, 0.5, 0.8, 0.9, 0.9, 0.9, 1.0, 1.1, 1.1, 1.0, 1.0, 1.1, 1.3, 1.6, 1.8, 1.8, 1.5, 1.0, 0, 0]);

    private readonly List<(DateTimeOffset Start, DateTimeOffset End)> _visits = [];
    private long _generatedUpToHour = start.ToUnixTimeSeconds() / 3600 - 1;

    /// <summary>The toilet.</summary>
    public CityToilet Toilet => toilet;

    /// <summary>Expected visits per hour at local time <paramref name="local"/>.</summary>
    public double VisitsPerHour(DateTimeOffset local)
    {
        var shape = toilet.LandUse == LandUse.Market ? MarketShape : PublicShape;
        var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.2 : 1.0;
        return toilet.VisitsPerDay / 24 * shape[local.Hour] * weekend;
    }

    /// <summary>The visits that start before <paramref name="until"/>, in order (generated hour by hour as needed).</summary>
    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> VisitsUntil(DateTimeOffset until)
    {
        var lastHour = until.ToUnixTimeSeconds() / 3600;
        for (var hour = _generatedUpToHour + 1; hour <= lastHour; hour++)
        {
            Generate(hour);
            _generatedUpToHour = hour;
        }

        return _visits;
    }

    /// <summary>The visit going on at <paramref name="at"/>, if any.</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? VisitAt(DateTimeOffset at)
    {
        var visits = VisitsUntil(at);
        for (var i = visits.Count - 1; i >= 0; i--)
        {
            if (visits[i].Start <= at)
            {
                return visits[i].End > at ? visits[i] : null;
            }
        }

        return null;
    }

    /// <summary>Visits that ended in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public int EndedBetween(DateTimeOffset from, DateTimeOffset to) => VisitsUntil(to).Count(v => v.End > from && v.End <= to);

    /// <summary>Forgets visits that ended before <paramref name="before"/>, to keep memory flat over a month.</summary>
    public void Forget(DateTimeOffset before) => _visits.RemoveAll(v => v.End < before);

    private void Generate(long hour)
    {
        var hourStart = DateTimeOffset.FromUnixTimeSeconds(hour * 3600);
        var rate = VisitsPerHour(LocalTime.Of(hourStart));
        var index = 0L;
        var t = 0.0;
        while (rate > 0)
        {
            // Exponential gaps between arrivals, in hours.
            t += -Math.Log(1 - CounterNoise.Uniform(seed, stream, hour * 1000 + index++)) / rate;
            if (t >= 1 || index > 900)
            {
                break;
            }

            var minutes = Math.Clamp(4 * Math.Exp(0.35 * CounterNoise.Normal(seed, stream + 1, hour * 1000 + index)), 2, 8);
            var arrival = hourStart + TimeSpan.FromHours(t);
            var start = _visits.Count > 0 && _visits[^1].End > arrival ? _visits[^1].End + TimeSpan.FromSeconds(20) : arrival;
            if (LocalTime.Of(start).Hour is >= Closes or < Opens)
            {
                // The queue ran past closing time: the attendant turns the rest away.
                continue;
            }

            _visits.Add((start, start + TimeSpan.FromMinutes(minutes)));
        }
    }

    private static double[] Shape(double[] weights)
    {
        var mean = weights.Average();
        return [.. weights.Select(w => w / mean)];
    }
}
