using System.Diagnostics;
using Waste.Simulation.Profiling;

namespace Waste.Simulation.Tests.Profiling;

public sealed class OverlappingPhaseTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    [Fact]
    public async Task Calls_side_by_side_count_once_however_long_each_takes()
    {
        var profile = new RunProfile();
        var reports = new OverlappingPhase(profile, ProfilePhase.CrewReports);
        var outer = Stopwatch.StartNew();

        using (reports.Start(Day))
        {
            // A call inside another: added up, the phase would last longer than the outer call itself.
            using (reports.Start(Day))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }

        var measured = outer.Elapsed;
        var recorded = Assert.Single(profile.Days).Wall[(int)ProfilePhase.CrewReports];
        Assert.InRange(recorded, TimeSpan.FromMilliseconds(100), measured);
    }

    [Fact]
    public async Task Calls_one_after_another_each_count()
    {
        var profile = new RunProfile();
        var reports = new OverlappingPhase(profile, ProfilePhase.CrewReports);

        for (var i = 0; i < 3; i++)
        {
            using (reports.Start(Day))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50));
            }
        }

        Assert.True(Assert.Single(profile.Days).Wall[(int)ProfilePhase.CrewReports] >= TimeSpan.FromMilliseconds(150));
    }
}
