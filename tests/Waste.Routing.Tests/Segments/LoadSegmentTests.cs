using FsCheck.Xunit;
using Waste.Routing.Solving;

namespace Waste.Routing.Tests.Segments;

public class LoadSegmentTests
{
    [Fact]
    public void Without_disposal_visits_loads_add_up_and_only_the_total_counts()
    {
        var segment = LoadSegment.Merge(LoadSegment.ForClient(6), LoadSegment.ForClient(7), capacity: 10);
        Assert.Equal(13, segment.Head);
        Assert.Equal(3, segment.ExcessLoad(10));
    }

    [Fact]
    public void A_disposal_visit_empties_the_truck_so_each_trip_is_measured_on_its_own()
    {
        const int capacity = 10;
        var trip1 = LoadSegment.Merge(LoadSegment.ForClient(6), LoadSegment.ForClient(7), capacity);
        var withDisposal = LoadSegment.Merge(trip1, LoadSegment.Disposal, capacity);
        var route = LoadSegment.Merge(withDisposal, LoadSegment.Merge(LoadSegment.ForClient(4), LoadSegment.ForClient(5), capacity), capacity);
        Assert.Equal(3, route.ExcessLoad(capacity));
        Assert.Equal(9, route.Tail);
    }

    [Property(MaxTest = 200)]
    public bool Merging_in_any_grouping_gives_the_excess_of_a_trip_by_trip_count(int[] items, int capacitySeed)
    {
        // Positive items are demands, non-positive ones disposal visits.
        var capacity = 1 + Math.Abs(capacitySeed % 20);
        var segments = items.Select(i => i > 0 ? LoadSegment.ForClient(i % 15) : LoadSegment.Disposal).ToArray();
        long expected = 0;
        long load = 0;
        foreach (var item in items)
        {
            if (item > 0)
            {
                load += item % 15;
            }
            else
            {
                expected += Math.Max(0, load - capacity);
                load = 0;
            }
        }

        expected += Math.Max(0, load - capacity);
        var leftToRight = segments.Aggregate(default(LoadSegment), (a, b) => LoadSegment.Merge(a, b, capacity));
        var rightToLeft = segments.Reverse().Aggregate(default(LoadSegment), (b, a) => LoadSegment.Merge(a, b, capacity));
        var middle = segments.Length / 2;
        var halves = LoadSegment.Merge(
            segments[..middle].Aggregate(default(LoadSegment), (a, b) => LoadSegment.Merge(a, b, capacity)),
            segments[middle..].Aggregate(default(LoadSegment), (a, b) => LoadSegment.Merge(a, b, capacity)),
            capacity);
        return leftToRight.ExcessLoad(capacity) == expected && rightToLeft.ExcessLoad(capacity) == expected && halves.ExcessLoad(capacity) == expected;
    }
}
