using Waste.Firmware.Core.Config;
using Waste.Forecasting;

namespace Waste.Firmware.PowerBudget;

/// <summary>
/// A bin's fill cycle as the cloud's forecast-driven sampling sees it (Waste.Forecasting's SamplingSchedule): emptied,
/// it fills at a steady rate to the collection threshold, waits for its truck, and is emptied again. It is far from
/// the threshold until <see cref="SamplingSchedule.NearWithin"/> before it, nearing it then, and due after it; each
/// part runs the configuration the firmware makes of that schedule's desired properties.
/// </summary>
/// <param name="ThresholdPercent">The city's collection threshold, percent (the cloud's default: 80).</param>
/// <param name="CollectionDelayHours">How long a bin waits past its threshold for its truck, hours.</param>
public sealed record FillCycle(double ThresholdPercent, double CollectionDelayHours)
{
    /// <summary>The cloud's threshold, and half a day's wait: a bin crosses at any hour and is emptied on the next
    /// morning's round.</summary>
    public static FillCycle Default { get; } = new(80, 12);

    /// <summary>What a bin filling <paramref name="fillPercentPerDay"/> does in a day, on average over its cycle, under
    /// forecast-driven sampling.</summary>
    public WakeCounts ForecastDriven(double fillPercentPerDay)
    {
        var untilThreshold = ThresholdPercent / fillPercentPerDay;
        var near = SamplingSchedule.NearWithin.TotalDays;
        var parts = new[]
        {
            (Days: Math.Max(0, untilThreshold - near), Schedule: SamplingSchedule.Far),
            (Days: Math.Min(untilThreshold, near), Schedule: SamplingSchedule.Nearing),
            (Days: CollectionDelayHours / 24, Schedule: SamplingSchedule.Due),
        };

        var cycleDays = untilThreshold + CollectionDelayHours / 24;
        double wakes = 0, uploads = 0;
        foreach (var (days, schedule) in parts)
        {
            var counts = WakeCounts.Of(Configuration(schedule), fillPercentPerDay, 0);
            wakes += counts.WakesPerDay * days;
            uploads += counts.UploadsPerDay * days;
        }

        // The emptying is a step down, sent at once: one upload a cycle.
        uploads += 1;
        return new WakeCounts(wakes / cycleDays, uploads / cycleDays, Math.Min(1, uploads / cycleDays));
    }

    /// <summary>What a bin filling <paramref name="fillPercentPerDay"/> does in a day under a fixed
    /// <paramref name="configuration"/>, emptied once a cycle.</summary>
    public WakeCounts Fixed(DeviceConfiguration configuration, double fillPercentPerDay) =>
        WakeCounts.Of(configuration, fillPercentPerDay, 1 / (ThresholdPercent / fillPercentPerDay + CollectionDelayHours / 24));

    /// <summary>The configuration the firmware makes of <paramref name="schedule"/>'s desired properties.</summary>
    public static DeviceConfiguration Configuration(SamplingSchedule schedule) =>
        Scenario.ConfigurationOf("sampling schedule", schedule.DesiredPatch());
}
