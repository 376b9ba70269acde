using Waste.Forecasting;
using Waste.Grains.Devices;
using Waste.Grains.Events;
using Waste.Grains.Rules;

namespace Waste.Grains.Bins;

/// <summary>What a bin grain persists: a few kilobytes, most of it the 30-day history and the fill profile.</summary>
[GenerateSerializer]
public sealed class BinState
{
    /// <summary>Readings taken, their counts and the latest.</summary>
    [Id(0)] public ReadingIntake Intake { get; set; } = new();

    /// <summary>Fill history: the last week every 15 minutes, 30 days hourly.</summary>
    [Id(1)] public FillHistory History { get; set; } = new();

    /// <summary>The fill model the forecasts come from.</summary>
    [Id(2)] public FillModel Model { get; set; } = new();

    /// <summary>Alert conditions active now.</summary>
    [Id(3)] public ConditionSet Conditions { get; set; } = new();

    /// <summary>Events waiting for delivery.</summary>
    [Id(4)] public DeviceOutbox Outbox { get; set; } = new();

    /// <summary>The last emptyings, newest last.</summary>
    [Id(5)] public List<Collection> RecentCollections { get; set; } = [];

    /// <summary>Since when the bin has been overflowing; null when it is not.</summary>
    [Id(6)] public DateTimeOffset? OverflowSince { get; set; }

    /// <summary>Readings in a row with the battery under its limit.</summary>
    [Id(7)] public int LowBatteryStreak { get; set; }

    /// <summary>Readings in a row with exactly the same distance.</summary>
    [Id(8)] public int StuckStreak { get; set; }

    /// <summary>The previous reading's distance, metres.</summary>
    [Id(9)] public double? LastDistance { get; set; }

    /// <summary>Recent impossible upward jumps.</summary>
    [Id(10)] public List<DateTimeOffset> RecentJumps { get; set; } = [];

    /// <summary>The previous fill reading.</summary>
    [Id(11)] public FillObservation? LastFill { get; set; }

    /// <summary>The previous temperature reading.</summary>
    [Id(12)] public TemperatureSample? LastTemperature { get; set; }

    /// <summary>When the bin last gave its ward its fill profile (reading time).</summary>
    [Id(13)] public DateTimeOffset? RatesReportedAt { get; set; }

    /// <summary>The offline deadline the ward's silence watch holds for this bin; null when it holds none.</summary>
    [Id(14)] public DateTimeOffset? SilenceWatchedUntil { get; set; }

    /// <summary>The sampling schedule last set in the bin's twin from its forecast; null before the first.</summary>
    [Id(15)] public SamplingSchedule? Sampling { get; set; }

    /// <summary>When the run of identical distances began (its first reading); null while distances vary.</summary>
    [Id(16)] public DateTimeOffset? StuckSince { get; set; }
}
