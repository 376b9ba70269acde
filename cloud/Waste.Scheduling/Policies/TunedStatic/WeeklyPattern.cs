namespace Waste.Scheduling.Policies.TunedStatic;

/// <summary>
/// The weekdays a bin is emptied on, as a mask (bit 0 Sunday ... bit 6 Saturday, as <see cref="DayOfWeek"/>). A pattern
/// of <c>n</c> visits a week spreads them evenly, so its longest gap is <c>ceil(7 / n)</c> days.
/// </summary>
/// <param name="Mask">The weekdays' bits.</param>
public readonly record struct WeeklyPattern(int Mask)
{
    /// <summary>The visits a week a pattern may have, sparsest last: every day, four, three, two, one.</summary>
    public static readonly IReadOnlyList<int> VisitsPerWeekChoices = [7, 4, 3, 2, 1];

    /// <summary><paramref name="visits"/> evenly spread visits a week, the first on <paramref name="first"/>.</summary>
    public static WeeklyPattern Of(int visits, DayOfWeek first)
    {
        if (visits is < 1 or > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(visits), visits, "a week has one to seven visits");
        }

        var mask = 0;
        for (var i = 0; i < visits; i++)
        {
            mask |= 1 << (((int)first + i * 7 / visits) % 7);
        }

        return new WeeklyPattern(mask);
    }

    /// <summary>The longest gap, in days, between two visits of a pattern of <paramref name="visits"/> a week.</summary>
    public static int LongestGap(int visits) => (7 + visits - 1) / visits;

    /// <summary>True when the bin is emptied on <paramref name="day"/>.</summary>
    public bool Includes(DateOnly day) => (Mask & (1 << (int)day.DayOfWeek)) != 0;

    /// <summary>Visits a week.</summary>
    public int VisitsPerWeek => System.Numerics.BitOperations.PopCount((uint)Mask);
}
