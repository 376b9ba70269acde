namespace Waste.Routing.Solving;

/// <summary>
/// A clock that runs only while this process computes: its timestamps are the processor time the process has used
/// (all threads). A time limit on it gives the search the same amount of work on a quiet machine and on one shared with
/// other builds and benchmarks, where a wall-clock limit can leave it a few percent of a core.
/// </summary>
public sealed class ProcessorTimeProvider : TimeProvider
{
    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => Environment.CpuUsage.TotalTime.Ticks;
}
