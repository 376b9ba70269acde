using Waste.Firmware.Core.Config;

namespace Waste.Firmware.PowerBudget;

/// <summary>
/// The bin node's charge per day under a configuration: deep sleep between wakes, one wake per sampling period, and
/// the uploads the report policy makes (heartbeat or full batch, plus early sends on fill steps and collections).
/// Early sends are added to the policy's uploads although one may stand in for a heartbeat: the estimate errs high.
/// </summary>
public sealed class DailyEnergy
{
    private const double SecondsPerDay = 86400;

    private DailyEnergy(DeviceConfiguration configuration, RadioProfile radio, UsageAssumptions usage)
    {
        WakesPerDay = SecondsPerDay / configuration.SamplePeriodSeconds;
        var policy = configuration.Report;
        var secondsBetweenPolicyUploads = Math.Min(policy.HeartbeatSeconds, (double)policy.BatchMax * configuration.SamplePeriodSeconds);
        var earlySends = usage.FillPercentPerDay / policy.FillStepPercent + usage.CollectionsPerDay;
        UploadsPerDay = Math.Min(WakesPerDay, SecondsPerDay / secondsBetweenPolicyUploads + earlySends);
        TimeSyncsPerDay = Math.Min(1, UploadsPerDay);
        Radio = radio;
        SleepCurrents = BinPowerProfile.Sleep(BinPowerProfile.FittedBatteryDivider);

        var lines = new List<EnergyLine>();
        foreach (var phase in BinPowerProfile.Wake(BinPowerProfile.PingsPerBurst))
        {
            lines.Add(new EnergyLine(phase.Name, phase.Milliamps, phase.Seconds, WakesPerDay, phase.Source));
        }

        foreach (var phase in radio.Connection)
        {
            lines.Add(new EnergyLine(phase.Name, phase.Milliamps, phase.Seconds, UploadsPerDay, phase.Source));
        }

        if (radio.TimeSync.Seconds > 0)
        {
            lines.Add(new EnergyLine(radio.TimeSync.Name, radio.TimeSync.Milliamps, radio.TimeSync.Seconds, TimeSyncsPerDay, radio.TimeSync.Source));
        }

        var awakeSeconds = lines.Sum(l => l.Seconds * l.TimesPerDay);
        var sleepMicroamps = SleepCurrents.Sum(s => s.Microamps);
        lines.Insert(0, new EnergyLine("deep sleep (" + sleepMicroamps.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " µA, below)",
            sleepMicroamps / 1000, SecondsPerDay - awakeSeconds, 1, "sum of the sleep currents"));
        Lines = lines;
    }

    /// <summary>Wakes per day: one per sampling period.</summary>
    public double WakesPerDay { get; }

    /// <summary>Uploads per day.</summary>
    public double UploadsPerDay { get; }

    /// <summary>SNTP exchanges per day.</summary>
    public double TimeSyncsPerDay { get; }

    /// <summary>The radio and stack the uploads use.</summary>
    public RadioProfile Radio { get; }

    /// <summary>What the node draws asleep.</summary>
    public IReadOnlyList<SleepCurrent> SleepCurrents { get; }

    /// <summary>The budget, line by line, deep sleep first.</summary>
    public IReadOnlyList<EnergyLine> Lines { get; }

    /// <summary>Charge per day, mAh.</summary>
    public double MilliampHoursPerDay => Lines.Sum(l => l.MilliampHoursPerDay);

    /// <summary>The budget of <paramref name="configuration"/> with <paramref name="radio"/>.</summary>
    public static DailyEnergy Of(DeviceConfiguration configuration, RadioProfile radio, UsageAssumptions usage) =>
        new(configuration, radio, usage);
}
