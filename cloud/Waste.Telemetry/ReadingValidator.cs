namespace Waste.Telemetry;

/// <summary>Decides whether a reading's values can be true: finite, within what the sensors report, and taken at a
/// believable time. A reading that fails is dropped and counted; the rest of its message is kept.</summary>
public static class ReadingValidator
{
    /// <summary>The farthest an ultrasonic bin sensor reports (JSN-SR04T: 6 m).</summary>
    public const double MaxDistanceMetres = 8.0;

    /// <summary>The range of the enclosure's temperature sensor; a fire reads high but not beyond it.</summary>
    public const double MinTemperatureCelsius = -40, MaxTemperatureCelsius = 125;

    /// <summary>Null when <paramref name="reading"/> is believable at <paramref name="now"/>, else why not.</summary>
    public static RejectionReason? Check(DeviceReading reading, DateTimeOffset now)
    {
        if (reading.Time > now + TelemetryLimits.MaxFutureSkew || reading.Time < now - TelemetryLimits.MaxAge)
        {
            return RejectionReason.ClockSkew;
        }

        if (!InRange(reading.FillPercent, 0, 100)
            || !InRange(reading.DistanceMetres, 0, MaxDistanceMetres)
            || !InRange(reading.TemperatureCelsius, MinTemperatureCelsius, MaxTemperatureCelsius))
        {
            return RejectionReason.ValueOutOfRange;
        }

        return null;
    }

    // Null is "not measured" and passes; NaN fails every comparison and so is refused.
    private static bool InRange(double? value, double min, double max) => value is not { } v || (v >= min && v <= max);
}
