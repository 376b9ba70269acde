using Waste.Simulation.City;

namespace Waste.Simulation.Models;

/// <summary>
/// The ground truth of one bin: how many litres it holds, advanced hour by hour at its daily fill spread over the day
/// by its land use's hour shape, times its fill model's day-of-week factor, Tet, a day noise (log-normal with the
/// model's sigma, mean 1, within ±<see cref="DayNoiseBound"/> sigma) and an hourly noise (log-normal, sigma
/// <see cref="NoiseSigma"/>, bounded to 0.4-2.0); full at its capacity, where further waste spills beside it. Counts
/// the hours it spent full (overflow) and the litres spilt. Both noises are keyed by seed, bin and hour or day, so
/// every run sees the same waste whatever order it asks in.
/// </summary>
public sealed class BinContents
{
    /// <summary>Spread of the hourly noise (log-normal sigma).</summary>
    public const double NoiseSigma = 0.3;

    /// <summary>Bounds of the hourly noise factor.</summary>
    public const double MinNoise = 0.4, MaxNoise = 2.0;

    /// <summary>Bound of the day noise's normal draw, in sigmas (about one bin-day in 16,000 reaches it).</summary>
    public const double DayNoiseBound = 4;

    private readonly CityBin _bin;
    private readonly int _seed;
    private readonly long _noiseStream;
    private DayNoise _dayNoise = new(long.MinValue, 1);

    /// <summary>Starts the bin at <paramref name="start"/> holding <paramref name="initialShare"/> of its capacity.</summary>
    public BinContents(CityBin bin, int seed, long noiseStream, DateTimeOffset start, double initialShare)
    {
        _bin = bin;
        _seed = seed;
        _noiseStream = noiseStream;
        Time = start;
        Litres = Math.Clamp(initialShare, 0, 1) * bin.CapacityLitres;
    }

    /// <summary>The bin.</summary>
    public CityBin Bin => _bin;

    /// <summary>The time the contents are known for.</summary>
    public DateTimeOffset Time { get; private set; }

    /// <summary>Litres in the bin, at most its capacity.</summary>
    public double Litres { get; private set; }

    /// <summary>Fill, percent of capacity (100 = full to the rim).</summary>
    public double FillPercent => 100 * Litres / _bin.CapacityLitres;

    /// <summary>Hours spent full since the start.</summary>
    public double OverflowHours { get; private set; }

    /// <summary>Litres that did not fit and went beside the bin.</summary>
    public double SpiltLitres { get; private set; }

    /// <summary>The hourly noise factor for the hour starting at <paramref name="hourStart"/>.</summary>
    public double Noise(DateTimeOffset hourStart)
    {
        var normal = CounterNoise.Normal(_seed, _noiseStream, hourStart.ToUnixTimeSeconds() / 3600);
        return Math.Clamp(Math.Exp(NoiseSigma * normal - NoiseSigma * NoiseSigma / 2), MinNoise, MaxNoise);
    }

    /// <summary>The day noise factor of the local day <paramref name="day"/> (1 when the model has none).</summary>
    public double DayFactor(DateOnly day)
    {
        var sigma = _bin.Fill.DayNoiseSigma;
        if (sigma == 0)
        {
            return 1;
        }

        var cached = _dayNoise;
        if (cached.Day == day.DayNumber)
        {
            return cached.Factor;
        }

        // Another key than the hourly noise's (the complement of the bin's stream), so the two are independent.
        var normal = Math.Clamp(CounterNoise.Normal(_seed, ~_noiseStream, day.DayNumber), -DayNoiseBound, DayNoiseBound);
        var factor = Math.Exp(sigma * normal - sigma * sigma / 2);
        _dayNoise = new DayNoise(day.DayNumber, factor);
        return factor;
    }

    /// <summary>Litres per hour arriving during the hour that contains <paramref name="at"/>.</summary>
    public double LitresPerHour(DateTimeOffset at)
    {
        var hourStart = new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerHour, TimeSpan.Zero);
        var local = LocalTime.Of(hourStart);
        var day = DateOnly.FromDateTime(local.DateTime);
        var share = _bin.DailyFill / 24 * FillRateProfile.HourShape(_bin.LandUse, local.Hour) * _bin.Fill.DayOfWeekFactor(_bin.LandUse, local.DayOfWeek)
            * TetCalendar.Factor(_bin.LandUse, day);
        return _bin.CapacityLitres * share * Noise(hourStart) * DayFactor(day);
    }

    /// <summary>Advances the contents to <paramref name="to"/> (no change when it is not later).</summary>
    public void AdvanceTo(DateTimeOffset to)
    {
        while (Time < to)
        {
            var nextHour = new DateTimeOffset(Time.UtcTicks - Time.UtcTicks % TimeSpan.TicksPerHour, TimeSpan.Zero).AddHours(1);
            var end = nextHour < to ? nextHour : to;
            var hours = (end - Time).TotalHours;
            var rate = LitresPerHour(Time);
            var room = _bin.CapacityLitres - Litres;
            var arriving = rate * hours;
            if (arriving < room)
            {
                Litres += arriving;
            }
            else
            {
                var fullAfter = rate > 0 ? room / rate : 0;
                OverflowHours += hours - fullAfter;
                SpiltLitres += arriving - room;
                Litres = _bin.CapacityLitres;
            }

            Time = end;
        }
    }

    /// <summary>A crew empties the bin at <paramref name="at"/>; returns the litres taken (what was in the bin).</summary>
    public double Empty(DateTimeOffset at)
    {
        AdvanceTo(at);
        var taken = Litres;
        Litres = 0;
        return taken;
    }

    // The day noise of the last day asked, swapped whole so a reader never sees one day's number with another's factor.
    private sealed record DayNoise(long Day, double Factor);
}
