using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Waste.Forecasting;
using Waste.Grains.Zones;

namespace Waste.Cloud.Tests.Grains;

/// <summary>A bin's fill model and a ward's rates written before cycles and forecast skill were learnt still load:
/// the model keeps its level and rates and learns the rest from there; the ward waits for its bins to report again.</summary>
public class FillModelUpgradeTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static Serializer Serializer() => new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    private static RateProfile Filling(double pointsPerHour)
    {
        var rates = new RateProfile();
        for (var hour = 0; hour < 24 * 14; hour++)
        {
            rates.Observe(hour % HourOfWeek.Count, pointsPerHour, 1);
        }

        return rates;
    }

    [Fact]
    public void A_model_written_before_cycles_and_skill_loads_with_its_level_and_rates_and_forecasts_from_them()
    {
        var earlier = new EarlierModelState { Model = new EarlierFillModel { Level = 42, LevelTime = At, Noise = 2.5, Rates = Filling(2), Observations = 500 } };

        var loaded = Serializer().Deserialize<CurrentModelState>(Serializer().SerializeToArray(earlier))!.Model;

        Assert.Equal((42.0, At, 2.5, 500L), (loaded.Level, loaded.LevelTime!.Value, loaded.Noise, loaded.Observations));
        Assert.Equal(0, loaded.Cycles.Count);
        Assert.Equal(0, loaded.Skill.Scores);
        Assert.False(loaded.LevelFromCycles);
        Assert.Null(loaded.DistrustedSince);
        var projection = FillForecaster.Project(loaded, RatePrior.CityDefault, FillModelSettings.Default, At.AddDays(1));
        Assert.InRange(projection.At(At.AddHours(10)).Expected, 42 + 20 * 0.8, 42 + 20 * 1.2);
        Assert.Equal(ReadingOutcome.Learnt, loaded.Observe(new FillObservation(At.AddHours(1), 44), RatePrior.CityDefault, FillModelSettings.Default).Outcome);
    }

    [Fact]
    public void A_wards_rates_written_as_profiles_alone_load_empty_and_take_the_bins_shares()
    {
        var earlier = new EarlierZoneRatesState { Profiles = new() { ["bin-0001"] = Filling(1) } };

        var loaded = Serializer().Deserialize<ZoneRatesState>(Serializer().SerializeToArray(earlier))!;

        Assert.Empty(loaded.Bins);
        loaded.Bins["bin-0001"] = new FillModel().Share;
        Assert.Same(RatePrior.CityDefault, RatePrior.Of(loaded.Bins.Values, RatePrior.CityDefault));
    }
}

/// <summary>The shape a bin's fill model had before: level, noise, hourly rates and a pending drop.</summary>
[GenerateSerializer]
public sealed class EarlierFillModel
{
    [Id(0)] public double Level { get; set; }
    [Id(1)] public DateTimeOffset? LevelTime { get; set; }
    [Id(2)] public double Noise { get; set; }
    [Id(3)] public RateProfile Rates { get; set; } = new();
    [Id(4)] public FillObservation? PendingDrop { get; set; }
    [Id(5)] public long Observations { get; set; }
}

/// <summary>A state holding the earlier model.</summary>
[GenerateSerializer]
public sealed class EarlierModelState
{
    [Id(0)] public EarlierFillModel Model { get; set; } = new();
}

/// <summary>The same state with today's model.</summary>
[GenerateSerializer]
public sealed class CurrentModelState
{
    [Id(0)] public FillModel Model { get; set; } = new();
}

/// <summary>The shape a ward's rates had before: each bin's hourly profile.</summary>
[GenerateSerializer]
public sealed class EarlierZoneRatesState
{
    [Id(0)] public Dictionary<string, RateProfile> Profiles { get; set; } = [];
}
