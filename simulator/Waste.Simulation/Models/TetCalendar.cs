namespace Waste.Simulation.Models;

/// <summary>
/// Tet (the Lunar New Year) and what it does to waste: in the week before, households and markets buy and clean
/// (more waste); in the holiday week factories close and workers go home to their provinces (industrial parks fall
/// to a fifth, the city's homes a little below normal), and markets close for the first three days.
/// </summary>
public static class TetCalendar
{
    /// <summary>The first day of Tet (mùng 1) for the years the simulator covers.</summary>
    public static readonly IReadOnlyList<DateOnly> FirstDays =
    [
        new(2025, 1, 29), new(2026, 2, 17), new(2027, 2, 6), new(2028, 1, 26), new(2029, 2, 13), new(2030, 2, 3),
    ];

    /// <summary>The factor on a land use's waste on <paramref name="day"/> (1 outside Tet's fortnight).</summary>
    public static double Factor(City.LandUse landUse, DateOnly day)
    {
        foreach (var first in FirstDays)
        {
            var offset = day.DayNumber - first.DayNumber;
            if (offset is >= -7 and < 0)
            {
                return landUse switch
                {
                    City.LandUse.Market => 1.8,
                    City.LandUse.Residential => 1.5,
                    City.LandUse.IndustrialPark => 0.8,
                    _ => 1.2,
                };
            }

            if (offset is >= 0 and < 7)
            {
                return landUse switch
                {
                    City.LandUse.Market => offset < 3 ? 0.1 : 0.8,
                    City.LandUse.Residential => 0.9,
                    City.LandUse.School => 0.05,
                    City.LandUse.IndustrialPark => 0.2,
                    _ => 1.3,
                };
            }
        }

        return 1;
    }

    /// <summary>True on a day of the Tet holiday week.</summary>
    public static bool IsHoliday(DateOnly day) => FirstDays.Any(first => day.DayNumber - first.DayNumber is >= 0 and < 7);
}
