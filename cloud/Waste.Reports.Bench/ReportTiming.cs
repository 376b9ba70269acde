using System.Diagnostics;

namespace Waste.Reports.Bench;

/// <summary>One measured operation: how many point operations it makes, and how long each run took.</summary>
internal sealed record ReportTiming(string Operation, int PointOperations, IReadOnlyList<TimeSpan> Runs)
{
    public TimeSpan Median => Runs.Order().ElementAt(Runs.Count / 2);

    public TimeSpan Fastest => Runs.Min();

    public TimeSpan Slowest => Runs.Max();

    /// <summary>Runs <paramref name="operation"/> <paramref name="runs"/> times, one after another.</summary>
    public static async Task<ReportTiming> MeasureAsync(string name, int pointOperations, int runs, Func<int, Task> operation)
    {
        var times = new List<TimeSpan>(runs);
        for (var run = 0; run < runs; run++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(run);
            times.Add(Stopwatch.GetElapsedTime(started));
        }

        return new ReportTiming(name, pointOperations, times);
    }
}
