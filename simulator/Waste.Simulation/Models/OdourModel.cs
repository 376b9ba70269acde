namespace Waste.Simulation.Models;

/// <summary>
/// The air in a toilet: each visit leaves some ammonia (and a little hydrogen sulphide), which ventilation clears
/// exponentially with the toilet's time constant; cleaning (at 06:00 and 14:00 local, and when asked) removes
/// <see cref="CleaningShare"/> of what has built up. Clean outdoor air is 0.5 ppm NH3, 0.01 ppm H2S (the MQ curves'
/// clean-air references).
/// </summary>
public sealed class OdourModel(double ventilationHours)
{
    /// <summary>NH3 a visit adds, ppm.</summary>
    public const double AmmoniaPerVisitPpm = 0.8;

    /// <summary>H2S per ppm of built-up NH3.</summary>
    public const double SulphidePerAmmonia = 0.04;

    /// <summary>Share of the built-up gas a cleaning removes.</summary>
    public const double CleaningShare = 0.8;

    /// <summary>Local hours the toilet is cleaned.</summary>
    public static readonly IReadOnlyList<int> CleaningHours = [6, 14];

    private DateTimeOffset? _time;

    /// <summary>Built-up NH3 above clean air, ppm.</summary>
    public double BuiltUpPpm { get; private set; }

    /// <summary>NH3 now, ppm.</summary>
    public double AmmoniaPpm => 0.5 + BuiltUpPpm;

    /// <summary>H2S now, ppm.</summary>
    public double SulphidePpm => 0.01 + SulphidePerAmmonia * BuiltUpPpm;

    /// <summary>Advances to <paramref name="to"/> after <paramref name="visitsEnded"/> visits ended since the last
    /// call, cleaning on the way when a cleaning hour passed.</summary>
    public void AdvanceTo(DateTimeOffset to, int visitsEnded)
    {
        if (_time is { } from && to > from)
        {
            BuiltUpPpm *= Math.Exp(-(to - from).TotalHours / ventilationHours);
            if (CleaningPassed(from, to))
            {
                BuiltUpPpm *= 1 - CleaningShare;
            }
        }

        BuiltUpPpm += visitsEnded * AmmoniaPerVisitPpm;
        _time = to;
    }

    /// <summary>A cleaner cleans now.</summary>
    public void Clean() => BuiltUpPpm *= 1 - CleaningShare;

    private static bool CleaningPassed(DateTimeOffset from, DateTimeOffset to)
    {
        var localFrom = LocalTime.Of(from);
        var localTo = LocalTime.Of(to);
        for (var day = localFrom.Date; day <= localTo.Date; day = day.AddDays(1))
        {
            foreach (var hour in CleaningHours)
            {
                var at = new DateTimeOffset(day.AddHours(hour), localFrom.Offset);
                if (at > localFrom && at <= localTo)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
