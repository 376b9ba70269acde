using System.Text.Json;

namespace Waste.Scheduling.Policies.TunedStatic;

/// <summary>
/// A depot's tuned static schedule, frozen once chosen: each bin's weekly pattern, and the bearings from the depot that
/// cut its area into seven sectors of equal work, so that a bin added later starts on its sector's weekday like its
/// neighbours. Kept between mornings as the policy's memory (JSON).
/// </summary>
public sealed class TunedSchedule
{
    /// <summary>Each bin's weekday mask (<see cref="WeeklyPattern.Mask"/>).</summary>
    public Dictionary<string, int> Patterns { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The six bearings (radians, from the depot) between the seven sectors, ascending; empty before the
    /// first schedule.</summary>
    public double[] SectorBounds { get; init; } = [];

    /// <summary>The schedule <paramref name="memory"/> holds, or an empty one.</summary>
    public static TunedSchedule Read(string? memory)
    {
        if (string.IsNullOrEmpty(memory))
        {
            return new TunedSchedule();
        }

        var schedule = JsonSerializer.Deserialize<TunedSchedule>(memory) ?? new TunedSchedule();
        return new TunedSchedule { Patterns = new(schedule.Patterns, StringComparer.Ordinal), SectorBounds = schedule.SectorBounds };
    }

    /// <summary>The schedule as memory.</summary>
    public string Write() => JsonSerializer.Serialize(this);

    /// <summary>The sector (0-6) of <paramref name="bearing"/>.</summary>
    public int SectorOf(double bearing)
    {
        var sector = 0;
        while (sector < SectorBounds.Length && bearing > SectorBounds[sector])
        {
            sector++;
        }

        return sector;
    }
}
