using Waste.Simulation.City;

namespace Waste.Simulation.Models;

/// <summary>
/// The assumed shapes of waste by land use: the hour of day (markets at dawn and in the morning, homes at breakfast and
/// dinner, schools in school hours, industrial parks at the 6/14/22 h shift changes and meal breaks, parks by day and
/// in the evening), used by every fill model; and the legacy model's daily fill (share of the bin's capacity a weekday
/// brings) and day-of-week factors, which the calibrated model keeps only as relative rates and weekly shapes
/// (<see cref="CalibratedFill"/>). Assumptions chosen to be plausible for Binh Duong, not measurements
/// (simulator/README.md says so and why).
/// </summary>
public static class FillRateProfile
{
    private static readonly IReadOnlyDictionary<LandUse, double[]> Shapes = new Dictionary<LandUse, double[]>
    {
        [LandUse.Market] = Normalised([0.1, 0.1, 0.1, 0.2, 0.6, 2.5, 3.5, 3.5, 3.0, 2.5, 2.0, 1.5, 0.8, 0.6, 0.6, 0.8, 1.2, 1.4, 1.0, 0.6, 0.3, 0.2, 0.1, 0.1]),
        [LandUse.Residential] = Normalised([0.1, 0.1, 0.1, 0.1, 0.2, 0.6, 1.8, 2.0, 1.4, 0.9, 0.8, 1.1, 1.2, 0.8, 0.7, 0.7, 0.9, 1.5, 2.2, 2.4, 1.9, 1.3, 0.6, 0.3]),
        [LandUse.School] = Normalised([0.02, 0.02, 0.02, 0.02, 0.02, 0.1, 1.0, 3.0, 2.0, 2.5, 3.0, 3.0, 1.5, 2.0, 2.5, 2.5, 1.5, 0.5, 0.1, 0.05, 0.02, 0.02, 0.02, 0.02]),
        [LandUse.IndustrialPark] = Normalised([0.5, 0.4, 0.4, 0.4, 0.6, 1.5, 2.5, 1.2, 0.8, 0.8, 1.0, 2.5, 2.0, 1.0, 2.5, 1.0, 0.8, 1.0, 2.0, 1.2, 0.8, 1.0, 2.0, 0.8]),
        [LandUse.PublicSpace] = Normalised([0.1, 0.1, 0.1, 0.1, 0.3, 1.0, 1.2, 1.0, 0.8, 0.8, 0.9, 1.0, 1.0, 0.9, 0.9, 1.0, 1.3, 1.8, 2.0, 2.0, 1.6, 0.9, 0.4, 0.2]),
    };

    /// <summary>Share of its capacity a bin of this land use fills on an ordinary weekday.</summary>
    public static double DailyFill(LandUse landUse) => landUse switch
    {
        LandUse.Market => 0.85,
        LandUse.Residential => 0.40,
        LandUse.School => 0.40,
        LandUse.IndustrialPark => 0.50,
        LandUse.PublicSpace => 0.30,
        _ => throw new ArgumentOutOfRangeException(nameof(landUse)),
    };

    /// <summary>The factor of a day of the week on a land use's weekday fill.</summary>
    public static double DayOfWeekFactor(LandUse landUse, DayOfWeek day) => (landUse, day) switch
    {
        (LandUse.Market, DayOfWeek.Sunday) => 1.15,
        (LandUse.Residential, DayOfWeek.Saturday) => 1.15,
        (LandUse.Residential, DayOfWeek.Sunday) => 1.25,
        (LandUse.School, DayOfWeek.Saturday) => 0.10,
        (LandUse.School, DayOfWeek.Sunday) => 0.02,
        (LandUse.IndustrialPark, DayOfWeek.Saturday) => 0.70,
        (LandUse.IndustrialPark, DayOfWeek.Sunday) => 0.30,
        (LandUse.PublicSpace, DayOfWeek.Saturday) => 1.30,
        (LandUse.PublicSpace, DayOfWeek.Sunday) => 1.50,
        _ => 1,
    };

    /// <summary>The hour's share of a day's waste times 24 (1 = an average hour) for a land use and local hour.</summary>
    public static double HourShape(LandUse landUse, int localHour) => Shapes[landUse][localHour];

    /// <summary>
    /// Expected fill rate, share of capacity per hour, of a bin of <paramref name="landUse"/> at the local time
    /// <paramref name="local"/>, before the bin's own factor and noise.
    /// </summary>
    public static double SharePerHour(LandUse landUse, DateTimeOffset local) =>
        DailyFill(landUse) / 24 * HourShape(landUse, local.Hour) * DayOfWeekFactor(landUse, local.DayOfWeek)
        * TetCalendar.Factor(landUse, DateOnly.FromDateTime(local.DateTime));

    private static double[] Normalised(double[] weights)
    {
        var mean = weights.Average();
        return [.. weights.Select(w => w / mean)];
    }
}
