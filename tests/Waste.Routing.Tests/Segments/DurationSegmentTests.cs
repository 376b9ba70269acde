using FsCheck.Xunit;
using Waste.Routing.Solving;

namespace Waste.Routing.Tests.Segments;

public class DurationSegmentTests
{
    [Fact]
    public void Arriving_before_a_window_opens_means_waiting_not_time_warp()
    {
        var first = DurationSegment.ForVisit(5, 0, 100);
        var second = DurationSegment.ForVisit(5, 50, 60);
        var route = DurationSegment.Merge(first, second, travel: 10);
        // Best is to start the first visit at 35: done at 40, there at 50 when the window opens, done at 55.
        Assert.Equal(0, route.TimeWarp);
        Assert.Equal(35, route.Earliest);
        Assert.Equal(20, route.Duration);
    }

    [Fact]
    public void Arriving_after_a_window_closes_is_time_warp()
    {
        var first = DurationSegment.ForVisit(5, 0, 0);
        var second = DurationSegment.ForVisit(5, 0, 10);
        var route = DurationSegment.Merge(first, second, travel: 20);
        Assert.Equal(15, route.TimeWarp);
    }

    [Fact]
    public void A_duration_above_the_limit_counts_as_time_warp()
    {
        var route = DurationSegment.Merge(DurationSegment.ForVisit(0, 0, 1000), DurationSegment.ForVisit(30, 0, 1000), travel: 40);
        Assert.Equal(20, route.TotalTimeWarp(maxDuration: 50));
    }

    [Property(MaxTest = 300)]
    public bool Concatenation_gives_the_time_warp_of_a_visit_by_visit_simulation(int[] seeds)
    {
        // Visits with windows; travel times between them. Starting at the first window's opening, the simulation waits
        // for windows and, when late, "warps" back to the window's end, counting the warp (Vidal et al. 2013).
        var visits = seeds.Take(8).Select(s => (Service: Math.Abs(s % 7), Earliest: Math.Abs(s % 50), Width: Math.Abs(s / 7 % 40), Travel: Math.Abs(s / 3 % 20))).ToArray();
        if (visits.Length == 0)
        {
            return true;
        }

        var segments = visits.Select(v => DurationSegment.ForVisit(v.Service, v.Earliest, v.Earliest + v.Width)).ToArray();
        var merged = segments[0];
        for (var i = 1; i < segments.Length; i++)
        {
            merged = DurationSegment.Merge(merged, segments[i], visits[i].Travel);
        }

        var split = segments.Length / 2;
        var left = segments[0];
        for (var i = 1; i < Math.Max(1, split); i++)
        {
            left = DurationSegment.Merge(left, segments[i], visits[i].Travel);
        }

        if (split >= 1 && split < segments.Length)
        {
            var right = segments[split];
            for (var i = split + 1; i < segments.Length; i++)
            {
                right = DurationSegment.Merge(right, segments[i], visits[i].Travel);
            }

            left = DurationSegment.Merge(left, right, visits[split].Travel);
        }

        long bestWarp = long.MaxValue;
        for (long start = visits[0].Earliest; start <= visits[0].Earliest + visits[0].Width; start++)
        {
            bestWarp = Math.Min(bestWarp, Simulate(visits, start));
        }

        return merged.TimeWarp == bestWarp && left.TimeWarp == bestWarp;
    }

    private static long Simulate((int Service, int Earliest, int Width, int Travel)[] visits, long start)
    {
        long time = start;
        long warp = 0;
        for (var i = 0; i < visits.Length; i++)
        {
            if (i > 0)
            {
                time += visits[i - 1].Service + visits[i].Travel;
            }

            time = Math.Max(time, visits[i].Earliest);
            var latest = visits[i].Earliest + visits[i].Width;
            if (time > latest)
            {
                warp += time - latest;
                time = latest;
            }
        }

        return warp;
    }
}
