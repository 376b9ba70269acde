using Waste.Registry;

namespace Waste.Simulation.City;

/// <summary>What a city varies: how many bins and toilets, the mix of sizes and streams, and the seed.</summary>
public sealed record CityOptions
{
    /// <summary>Number of bins.</summary>
    public int Bins { get; init; } = 2000;

    /// <summary>Number of public toilets.</summary>
    public int Toilets { get; init; } = 60;

    /// <summary>Seed: the same seed gives the same city, fill, visits and faults.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How the bins fill: calibrated on real bins (the default) or the earlier assumed figures.</summary>
    public Models.FillModel Fill { get; init; } = Models.FillModel.Calibrated;

    /// <summary>Share of each bin size (litres), summing to 1.</summary>
    public IReadOnlyDictionary<int, double> SizeShares { get; init; } = new Dictionary<int, double>
    {
        [120] = 0.25, [240] = 0.55, [660] = 0.15, [1100] = 0.05,
    };

    /// <summary>Share of each stream, summing to 1 (Vietnam's household sorting: recyclable, food/organic, other).</summary>
    public IReadOnlyDictionary<WasteStream, double> StreamShares { get; init; } = new Dictionary<WasteStream, double>
    {
        [WasteStream.Residual] = 0.5, [WasteStream.Organic] = 0.3, [WasteStream.Recyclable] = 0.2,
    };

    /// <summary>Bins a 10 m3 compactor is given per day in the fleet's sizing (a shift of about 150 stops).</summary>
    public int BinsPerCompactor { get; init; } = 110;

    /// <summary>Recyclable bins a 3 m3 truck is given per day.</summary>
    public int BinsPerSmallTruck { get; init; } = 90;

    /// <summary>Loads a truck is sized to carry to the disposal site in a shift: a depot-stream also gets enough trucks
    /// for what a daily round collects there. One by default: by road Nam Binh Duong is 22-42 km from four of the five
    /// depots, so a second load costs a truck a round trip of two to four hours of its eight. 0 sizes by stops alone
    /// (the fleets of the runs before the fill calibration).</summary>
    public int LoadsPerShift { get; init; } = 1;

    /// <summary>Crew user names of the first truck (the demo puts its <c>crew</c> account there).</summary>
    public IReadOnlyList<string> FirstTruckCrew { get; init; } = [];

    /// <summary>Throws when a share table does not sum to 1 or names an unknown size.</summary>
    public void Validate()
    {
        if (Bins < 1 || Toilets < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Bins), "a city needs at least one bin and no negative number of toilets");
        }

        if (Math.Abs(SizeShares.Values.Sum() - 1) > 1e-6 || SizeShares.Keys.Any(s => !BinSize.Litres.Contains(s)) || SizeShares.Values.Any(v => v < 0))
        {
            throw new ArgumentException("bin size shares must be of 120, 240, 660, 1100 L, non-negative, and sum to 1");
        }

        if (LoadsPerShift < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(LoadsPerShift), LoadsPerShift, "loads per shift cannot be negative (0: size the fleet by stops alone)");
        }

        if (Math.Abs(StreamShares.Values.Sum() - 1) > 1e-6 || StreamShares.Values.Any(v => v < 0))
        {
            throw new ArgumentException("stream shares must be non-negative and sum to 1");
        }
    }
}
