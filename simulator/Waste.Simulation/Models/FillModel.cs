using Waste.Simulation.City;

namespace Waste.Simulation.Models;

/// <summary>
/// How a city's bins fill: what daily fill a new bin of a land use and size gets (<see cref="DrawDailyFill"/>), how
/// the days of the week weigh on it, and how much one bin-day varies around its mean (<see cref="DayNoiseSigma"/>).
/// The hour's shape, Tet and the hourly noise are the same for every model (<see cref="FillRateProfile"/>,
/// <see cref="TetCalendar"/>, <see cref="BinContents"/>). <see cref="Calibrated"/>, fitted to real bins, is the
/// default; <see cref="Legacy"/> is the earlier assumed figures.
/// </summary>
public sealed class FillModel
{
    // The day-of-week factors tabulated by land use and day: the fill model is asked for every bin every hour.
    private readonly double[] _dayOfWeek;
    private readonly Func<LandUse, int, double, double> _dailyFill;

    /// <summary>A model named <paramref name="name"/>: <paramref name="dailyFill"/> gives a bin's daily fill from its
    /// land use, litres and a standard normal draw.</summary>
    public FillModel(string name, double dayNoiseSigma, Func<LandUse, DayOfWeek, double> dayOfWeek, Func<LandUse, int, double, double> dailyFill)
    {
        Name = name;
        DayNoiseSigma = dayNoiseSigma;
        _dayOfWeek = [.. Enum.GetValues<LandUse>().SelectMany(l => Enum.GetValues<DayOfWeek>().Select(d => dayOfWeek(l, d)))];
        _dailyFill = dailyFill;
    }

    /// <summary>The model fitted to Edinburgh's 2016 litter bins and mapped onto Binh Duong (<see cref="CalibratedFill"/>).</summary>
    public static FillModel Calibrated { get; } = CalibratedFill.Of(Calibration.FillCalibration.Edinburgh2016.Parameters);

    /// <summary>The earlier assumed figures: a weekday's fill by land use, a factor per bin log-normal (sigma 0.35)
    /// within 0.5-2, no day-to-day noise beyond the hourly one.</summary>
    public static FillModel Legacy { get; } = new(
        "legacy", 0, FillRateProfile.DayOfWeekFactor, (landUse, _, normal) => FillRateProfile.DailyFill(landUse) * Math.Clamp(Math.Exp(0.35 * normal), 0.5, 2.0));

    /// <summary>The model's name: <c>calibrated</c> or <c>legacy</c>.</summary>
    public string Name { get; }

    /// <summary>Log-normal sigma of a bin-day's factor (mean 1) on its mean fill; 0 for none.</summary>
    public double DayNoiseSigma { get; }

    /// <summary>The model named <paramref name="name"/> (<c>calibrated</c> or <c>legacy</c>).</summary>
    public static FillModel Named(string name) => name.ToLowerInvariant() switch
    {
        "calibrated" => Calibrated,
        "legacy" => Legacy,
        _ => throw new ArgumentException($"unknown fill model '{name}': calibrated or legacy"),
    };

    /// <summary>The factor of <paramref name="day"/> on a bin of <paramref name="landUse"/>'s daily fill.</summary>
    public double DayOfWeekFactor(LandUse landUse, DayOfWeek day) => _dayOfWeek[(int)landUse * 7 + (int)day];

    /// <summary>The daily fill (share of capacity, before the day of the week, Tet and noise) of a new bin of
    /// <paramref name="landUse"/> and <paramref name="litres"/>, its own spread drawn from <paramref name="random"/>
    /// (two draws, whatever the model, so the rest of the city does not depend on it).</summary>
    public double DrawDailyFill(LandUse landUse, int litres, Random random)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return _dailyFill(landUse, litres, normal);
    }

    /// <summary>The share of its capacity <paramref name="bin"/> gets on an average day of the week (outside Tet,
    /// before noise): 1 / its days to full.</summary>
    public double MeanDailyShare(CityBin bin) => bin.DailyFill * Enum.GetValues<DayOfWeek>().Average(d => DayOfWeekFactor(bin.LandUse, d));

    /// <inheritdoc />
    public override string ToString() => Name;
}
