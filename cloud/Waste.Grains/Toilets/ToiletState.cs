using Waste.Forecasting;
using Waste.Grains.Devices;
using Waste.Grains.Events;
using Waste.Grains.Rules;

namespace Waste.Grains.Toilets;

/// <summary>What a toilet grain persists.</summary>
[GenerateSerializer]
public sealed class ToiletState
{
    /// <summary>Readings taken, their counts and the latest.</summary>
    [Id(0)] public ReadingIntake Intake { get; set; } = new();

    /// <summary>Alert conditions active now.</summary>
    [Id(1)] public ConditionSet Conditions { get; set; } = new();

    /// <summary>Events waiting for delivery.</summary>
    [Id(2)] public DeviceOutbox Outbox { get; set; } = new();

    /// <summary>Visits by hour and by day.</summary>
    [Id(3)] public VisitLog Visits { get; set; } = new();

    /// <summary>Visits per hour by hour of the week, learnt: what "abnormally long without a visit" means here.</summary>
    [Id(4)] public RateProfile VisitRates { get; set; } = new();

    /// <summary>Recent odour verdicts.</summary>
    [Id(5)] public OdourWindow Odour { get; set; } = new();

    /// <summary>Since when the toilet has been occupied without a break; null when free.</summary>
    [Id(6)] public DateTimeOffset? OccupiedSince { get; set; }

    /// <summary>When the last visit ended.</summary>
    [Id(7)] public DateTimeOffset? LastVisitAt { get; set; }

    /// <summary>The previous reading's time, for visit rates.</summary>
    [Id(8)] public DateTimeOffset? LastReadingAt { get; set; }

    /// <summary>Up to when the toilet's availability has been given to its ward.</summary>
    [Id(9)] public DateTimeOffset? AvailabilityCountedUntil { get; set; }

    /// <summary>Visits not yet given to the ward.</summary>
    [Id(10)] public int VisitsNotCounted { get; set; }

    /// <summary>Readings in a row with the battery under its limit.</summary>
    [Id(11)] public int LowBatteryStreak { get; set; }

    /// <summary>When maintenance last said they cleaned it.</summary>
    [Id(12)] public DateTimeOffset? LastCleanedAt { get; set; }
}
