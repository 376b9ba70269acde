namespace Waste.Grains.Rules;

/// <summary>When a device's readings become an alert, and the city's collection policy: thresholds a city tunes in
/// configuration (section <see cref="Section"/>), all in event time.</summary>
public sealed class DeviceRules
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "DeviceRules";

    /// <summary>The city's local offset from UTC (Vietnam: +7 all year): opening hours and daily totals use it.</summary>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.FromHours(7);

    /// <summary>A bin should be collected from this fill, percent.</summary>
    public double CollectionThresholdPercent { get; set; } = 80;

    /// <summary>A bin at or above this fill is overflowing, percent (the sensor cannot see above the rim).</summary>
    public double OverflowPercent { get; set; } = 98;

    /// <summary>A bin this hot is on fire, °C.</summary>
    public double FireTemperatureCelsius { get; set; } = 70;

    /// <summary>A bin heating this fast between two readings is on fire, °C per minute.</summary>
    public double FireRiseCelsiusPerMinute { get; set; } = 3;

    /// <summary>Below this a battery is low, V.</summary>
    public double LowBatteryVolts { get; set; } = 3.4;

    /// <summary>Readings in a row below <see cref="LowBatteryVolts"/> before it is called low (a radio burst sags it).</summary>
    public int LowBatteryReadings { get; set; } = 3;

    /// <summary>True to set each bin's sampling and reporting periods from its forecast (Waste.Forecasting's
    /// SamplingSchedule, through its twin): the battery then pays for samples only where they tell something.</summary>
    public bool SampleFromForecast { get; set; } = true;

    /// <summary>Silence longer than this is offline: two heartbeats of six hours and an hour's grace.</summary>
    public TimeSpan OfflineAfter { get; set; } = TimeSpan.FromHours(13);

    /// <summary>Identical distances in a row that make a sensor stuck (real ultrasonic readings jitter by millimetres).</summary>
    public int StuckSensorReadings { get; set; } = 24;

    /// <summary>An upward jump this large between readings less than an hour apart is impossible, points.</summary>
    public double ImpossibleJumpPercent { get; set; } = 60;

    /// <summary>Impossible jumps within a day that make a sensor faulty.</summary>
    public int ImpossibleJumpsPerDay { get; set; } = 3;

    /// <summary>Ammonia over this is odour, ppm.</summary>
    public double OdourAmmoniaPpm { get; set; } = 25;

    /// <summary>Hydrogen sulphide over this is odour, ppm.</summary>
    public double OdourSulphidePpm { get; set; } = 5;

    /// <summary>Odour in this many of the last <see cref="OdourWindow"/> readings raises an alert.</summary>
    public int OdourReadings { get; set; } = 3;

    /// <summary>The readings the odour rule looks back on.</summary>
    public int OdourWindow { get; set; } = 5;

    /// <summary>Occupied longer than this: someone may need help.</summary>
    public TimeSpan StuckOccupiedAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Public toilets open at this local time.</summary>
    public TimeSpan OpeningTime { get; set; } = TimeSpan.FromHours(5);

    /// <summary>And close at this local time.</summary>
    public TimeSpan ClosingTime { get; set; } = TimeSpan.FromHours(22);

    /// <summary>No visit while this many were expected (from the toilet's own visit profile) is abnormal: with a
    /// Poisson rate, five expected and none seen happens by chance less than once in a hundred.</summary>
    public double NoVisitsExpected { get; set; } = 5;

    /// <summary>True when <paramref name="time"/> falls in opening hours.</summary>
    public bool IsOpen(DateTimeOffset time)
    {
        var local = time.ToOffset(UtcOffset).TimeOfDay;
        return local >= OpeningTime && local < ClosingTime;
    }

    /// <summary>The local calendar day of <paramref name="time"/>.</summary>
    public DateOnly LocalDay(DateTimeOffset time) => DateOnly.FromDateTime(time.ToOffset(UtcOffset).DateTime);
}
