namespace Waste.Telemetry;

/// <summary>Decides whether a reading's values can be true: finite, within what the sensors report, and taken at a
/// believable time. A reading that fails is dropped and counted; the rest of its message is kept.</summary>
public static class ReadingValidator
{
    /// <summary>The farthest an ultrasonic bin sensor reports (JSN-SR04T: 6 m).</summary>
    public const double MaxDistanceMetres = 8.0;

    /// <summary>The range of the enclosure's temperature sensor; a fire reads high but not beyond it.</summary>
    public const double MinTemperatureCelsius = -40, MaxTemperatureCelsius = 125;

    /// <summary>Above any battery a node carries (one Li-ion cell, or a 4.8 V NiMH pack).</summary>
    public const double MaxBatteryVolts = 6;

    /// <summary>Gas sensors' upper limits: MQ-137 reads NH3 to about 500 ppm, MQ-136 H2S to about 200 ppm.</summary>
    public const double MaxAmmoniaPpm = 1000, MaxHydrogenSulphidePpm = 200;

    /// <summary>More visits than a toilet can take between two readings sent at least daily.</summary>
    public const int MaxVisits = 10_000;

    /// <summary>A day: the longest a reading's interval may be.</summary>
    public const int MaxOccupiedSeconds = 86_400;

    /// <summary>Null when <paramref name="reading"/> is believable at <paramref name="now"/>, else why not.</summary>
    public static RejectionReason? Check(DeviceReading reading, DateTimeOffset now)
    {
        if (reading.Time > now + TelemetryLimits.MaxFutureSkew || reading.Time < now - TelemetryLimits.MaxAge)
        {
            return RejectionReason.ClockSkew;
        }

        if (!InRange(reading.FillPercent, 0, 100)
            || !InRange(reading.DistanceMetres, 0, MaxDistanceMetres)
            || !InRange(reading.TemperatureCelsius, MinTemperatureCelsius, MaxTemperatureCelsius)
            || !InRange(reading.BatteryVolts, 0, MaxBatteryVolts)
            || !InRange(reading.AmmoniaPpm, 0, MaxAmmoniaPpm)
            || !InRange(reading.HydrogenSulphidePpm, 0, MaxHydrogenSulphidePpm)
            || !InRange(reading.Visits, 0, MaxVisits)
            || !InRange(reading.OccupiedSeconds, 0, MaxOccupiedSeconds))
        {
            return RejectionReason.ValueOutOfRange;
        }

        return null;
    }

    // Null is "not measured" and passes; NaN fails every comparison and so is refused.
    private static bool InRange(double? value, double min, double max) => value is not { } v || (v >= min && v <= max);
}
