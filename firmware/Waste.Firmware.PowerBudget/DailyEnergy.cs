using Waste.Firmware.Core.Config;

namespace Waste.Firmware.PowerBudget;

/// <summary>
/// The bin node's charge per day: deep sleep between wakes, the wakes (runtime start, sample, wake state written), the
/// uploads (Wi-Fi, TLS, MQTT) and a daily SNTP query, counted by <see cref="WakeCounts"/> from a configuration or a
/// forecast-driven fill cycle.
/// </summary>
public sealed class DailyEnergy
{
    private const double SecondsPerDay = 86400;

    private DailyEnergy(WakeCounts counts, RadioProfile radio)
    {
        WakesPerDay = counts.WakesPerDay;
        UploadsPerDay = counts.UploadsPerDay;
        TimeSyncsPerDay = counts.TimeSyncsPerDay;
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

    /// <summary>The budget of <paramref name="configuration"/> with <paramref name="radio"/>, for a bin filling and
    /// emptied as <paramref name="usage"/> says.</summary>
    public static DailyEnergy Of(DeviceConfiguration configuration, RadioProfile radio, UsageAssumptions usage) =>
        new(WakeCounts.Of(configuration, usage.FillPercentPerDay, usage.CollectionsPerDay), radio);

    /// <summary>The budget of a node that does what <paramref name="counts"/> say, with <paramref name="radio"/>.</summary>
    public static DailyEnergy Of(WakeCounts counts, RadioProfile radio) => new(counts, radio);
}
