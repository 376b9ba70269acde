using MathNet.Numerics.Distributions;
using Waste.Routing.Modelling;

namespace Waste.Scheduling.Policies.TunedStatic;

/// <summary>
/// What a careful city runs without sensors, tuned on what its bins did: each bin its own fixed weekly pattern, the
/// sparsest of every day, four, three, two or one visit a week whose longest gap would have found it under the
/// collection threshold on 95 % of visits. A bin's rate is what its crews saw at its emptyings when the schedule is made
/// (the warm-up's daily round: <see cref="EmptyingRate"/>), its doubt both how much a day's fill varies and how few
/// days that rate was seen over; a bin never seen emptied twice is tuned on its forecast. The patterns' weekdays
/// follow seven sectors of equal work around the depot, so a day's bins are neighbours and each day carries about a
/// seventh of the week's visits. Chosen once and then frozen, as a printed schedule is: a bin met for the first time
/// later gets its pattern then.
/// </summary>
public sealed class TunedStaticPolicy(TunedStaticOptions options) : ICollectionPolicy
{
    private const int Sectors = 7;

    /// <inheritdoc />
    public PolicyPlan Plan(PlanningDay day, IReadOnlyList<BinOutlook> bins)
    {
        var schedule = TunedSchedule.Read(day.Memory);
        var depot = day.Calendar.Depot.Location;
        var fresh = bins.Where(b => !schedule.Patterns.ContainsKey(b.BinId)).ToList();
        if (fresh.Count > 0)
        {
            var visits = fresh.ToDictionary(b => b.BinId, b => VisitsPerWeek(b, day.ThresholdPercent), StringComparer.Ordinal);
            if (schedule.SectorBounds.Length == 0)
            {
                schedule = new TunedSchedule { Patterns = schedule.Patterns, SectorBounds = SectorBounds(fresh, visits, depot) };
            }

            foreach (var bin in fresh)
            {
                var first = (DayOfWeek)schedule.SectorOf(Bearing(depot, bin.Location));
                schedule.Patterns[bin.BinId] = WeeklyPattern.Of(visits[bin.BinId], first).Mask;
            }
        }

        var plan = ScheduledDay.Plan(day, bins, bin => new WeeklyPattern(schedule.Patterns[bin.BinId]).Includes(day.Day), DecisionRule.Scheduled, DecisionRule.NotScheduled);
        return new PolicyPlan(plan.Model, plan.Decisions, schedule.Write());
    }

    /// <summary>The fewest visits a week whose longest gap keeps <paramref name="bin"/> under <paramref name="threshold"/>
    /// on the share of visits the options ask, at the rate seen at its emptyings (or, without, its forecast's); every
    /// day for a bin too fast for any.</summary>
    public int VisitsPerWeek(BinOutlook bin, double threshold)
    {
        var seen = EmptyingRate.Of(bin.RecentCollections);
        var rate = seen?.PointsPerDay ?? DailyRate(bin);
        var z = Normal.InvCDF(0, 1, options.UnderThresholdShare);
        foreach (var visits in WeeklyPattern.VisitsPerWeekChoices.Reverse())
        {
            var gap = WeeklyPattern.LongestGap(visits);
            if (seen?.FullWithinDays is { } full && gap >= full)
            {
                continue;
            }

            // The log of a gap's fill varies as a day's over sqrt(gap) days, and the rate itself as a day's over sqrt of
            // the days it was seen over.
            var spread = options.DaySpread * Math.Sqrt(1.0 / gap + (seen is { } s ? 1 / s.Days : 0));
            if (gap * rate * Math.Exp(z * spread) <= threshold)
            {
                return visits;
            }
        }

        return 7;
    }

    /// <summary>The fill rate, points a day, of a bin never seen emptied twice, from its forecast: the larger of the rise
    /// expected over the next day and the mean rise over the week ahead or until it is expected full, so a bin whose
    /// forecast flattens far ahead is not given a gap its first day could not bear.</summary>
    public static double DailyRate(BinOutlook bin)
    {
        var from = bin.Projection.From;
        var start = bin.Projection.At(from).Expected;
        var full = bin.Projection.TimeToReach(99).Expected;
        if (full is { } soon && soon - from < TimeSpan.FromHours(1))
        {
            return 100;
        }

        var end = full is { } at && at < from.AddDays(7) ? at : from.AddDays(7);
        var mean = Math.Max(0, bin.Projection.At(end).Expected - start) / (end - from).TotalDays;
        var day = end < from.AddDays(1) ? mean : Math.Max(0, bin.Projection.At(from.AddDays(1)).Expected - start);
        return Math.Max(mean, day);
    }

    // Cuts the bearings around the depot where the week's visits reach each seventh of their total.
    private static double[] SectorBounds(IReadOnlyList<BinOutlook> bins, IReadOnlyDictionary<string, int> visits, GeoPoint depot)
    {
        var byBearing = bins.Select(b => (Bearing: Bearing(depot, b.Location), Visits: visits[b.BinId])).OrderBy(b => b.Bearing).ToList();
        var total = byBearing.Sum(b => b.Visits);
        var bounds = new List<double>();
        var sum = 0;
        foreach (var (bearing, count) in byBearing)
        {
            sum += count;
            while (bounds.Count < Sectors - 1 && sum >= total * (bounds.Count + 1) / (double)Sectors)
            {
                bounds.Add(bearing);
            }
        }

        return [.. bounds];
    }

    private static double Bearing(GeoPoint from, GeoPoint to) =>
        Math.Atan2(to.Latitude - from.Latitude, (to.Longitude - from.Longitude) * Math.Cos(from.Latitude * Math.PI / 180));
}
