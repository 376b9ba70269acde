using Waste.Firmware.Core.Toilets;

namespace Waste.Firmware.Tests.Toilets;

public class OccupancyTrackerTests
{
    [Fact]
    public void A_visit_runs_from_motion_behind_a_shut_door_to_the_door_opening()
    {
        var tracker = new OccupancyTracker();

        tracker.Update(doorShut: true, motion: false, 0);
        Assert.False(tracker.IsOccupied);
        tracker.Update(doorShut: true, motion: true, 1_000);
        Assert.True(tracker.IsOccupied);
        tracker.Update(doorShut: true, motion: false, 60_000);
        Assert.True(tracker.IsOccupied);
        Assert.Equal(119_000, tracker.OccupiedForMilliseconds(120_000));
        tracker.Update(doorShut: false, motion: false, 181_000);

        var seconds = tracker.TakeCounts(200_000, out var visits);
        Assert.Equal(1, visits);
        Assert.Equal(180, seconds);
        Assert.Equal(0, tracker.TakeCounts(300_000, out visits));
        Assert.Equal(0, visits);
    }

    [Fact]
    public void Occupied_time_is_split_between_readings_during_a_long_visit()
    {
        var tracker = new OccupancyTracker();
        tracker.Update(true, true, 0);

        var first = tracker.TakeCounts(60_500, out var firstVisits);
        tracker.Update(false, false, 90_000);
        var second = tracker.TakeCounts(120_000, out var secondVisits);

        Assert.Equal(60, first);
        Assert.Equal(0, firstVisits);
        Assert.Equal(30, second);
        Assert.Equal(1, secondVisits);
    }
}
