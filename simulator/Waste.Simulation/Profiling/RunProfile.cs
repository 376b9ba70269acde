using System.Diagnostics;

namespace Waste.Simulation.Profiling;

/// <summary>
/// Where a run's time went, simulated day by simulated day (<c>simulate --profile</c>): each phase of the run's loop is
/// timed, in wall time and in the process's CPU time, and the device threads' own CPU apart. A measurement costs two
/// clock reads, so the profile is always kept.
/// </summary>
public sealed class RunProfile
{
    private readonly SortedDictionary<DateOnly, DayProfile> _days = [];
    private readonly Lock _gate = new();

    /// <summary>The days so far, in order.</summary>
    public IReadOnlyList<DayProfile> Days
    {
        get
        {
            lock (_gate)
            {
                return [.. _days.Values];
            }
        }
    }

    /// <summary>Starts timing <paramref name="phase"/> of <paramref name="day"/>; disposing the result stops it.</summary>
    public Measurement Measure(DateOnly day, ProfilePhase phase) => new(this, day, phase, Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);

    /// <summary>Adds to <paramref name="day"/>'s figures.</summary>
    public void Update(DateOnly day, Action<DayProfile> change)
    {
        lock (_gate)
        {
            if (!_days.TryGetValue(day, out var profile))
            {
                _days[day] = profile = new DayProfile(day);
            }

            change(profile);
        }
    }

    /// <summary>A phase being timed.</summary>
    public readonly struct Measurement(RunProfile profile, DateOnly day, ProfilePhase phase, long startedAt, TimeSpan cpuAtStart) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose()
        {
            var wall = Stopwatch.GetElapsedTime(startedAt);
            var cpu = Environment.CpuUsage.TotalTime - cpuAtStart;
            var index = (int)phase;
            profile.Update(day, p =>
            {
                p.Wall[index] += wall;
                p.Cpu[index] += cpu;
            });
        }
    }
}
