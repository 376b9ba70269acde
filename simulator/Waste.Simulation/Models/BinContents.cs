using Waste.Simulation.City;

namespace Waste.Simulation.Models;

/// <summary>
/// The ground truth of one bin: how many litres it holds, advanced hour by hour at its land use's rate times its own
/// factor times an hourly noise (log-normal, sigma <see cref="NoiseSigma"/>, bounded to 0.4-2.0); full at its capacity,
/// where further waste spills beside it. Counts the hours it spent full (overflow) and the litres spilt.
/// </summary>
public sealed class BinContents
{
    /// <summary>Spread of the hourly noise (log-normal sigma).</summary>
    public const double NoiseSigma = 0.3;

    /// <summary>Bounds of the hourly noise factor.</summary>
    public const double MinNoise = 0.4, MaxNoise = 2.0;

    private readonly CityBin _bin;
    private readonly int _seed;
    private readonly long _noiseStream;

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

    /// <summary>Litres per hour arriving during the hour that contains <paramref name="at"/>.</summary>
    public double LitresPerHour(DateTimeOffset at)
    {
        var hourStart = new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerHour, TimeSpan.Zero);
        return _bin.CapacityLitres * _bin.RateFactor * FillRateProfile.SharePerHour(_bin.LandUse, LocalTime.Of(hourStart)) * Noise(hourStart);
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
}
