namespace Waste.Firmware.Core.Sensors;

/// <summary>
/// Notices a sensor that repeats the very same raw value sample after sample. Real ultrasonic echoes and ADC readings
/// jitter by a few counts; an identical raw value for <see cref="Limit"/> samples in a row means a hung sensor or a
/// broken wire, and its value must be reported as a fault, not as a reading.
/// </summary>
public sealed class StuckValueDetector
{
    /// <summary>Creates a detector that calls a value stuck once it has been seen <paramref name="limit"/> times in a
    /// row.</summary>
    public StuckValueDetector(int limit)
    {
        if (limit < 2)
        {
            throw new System.ArgumentOutOfRangeException(nameof(limit));
        }

        Limit = limit;
    }

    /// <summary>Identical samples in a row that make a stuck sensor.</summary>
    public int Limit { get; }

    /// <summary>The last raw value seen.</summary>
    public long LastValue { get; private set; }

    /// <summary>How many samples in a row had <see cref="LastValue"/>.</summary>
    public int Repeats { get; private set; }

    /// <summary>Takes a raw value; true while the sensor is stuck.</summary>
    public bool Observe(long raw)
    {
        if (Repeats > 0 && raw == LastValue)
        {
            if (Repeats < Limit)
            {
                Repeats++;
            }
        }
        else
        {
            LastValue = raw;
            Repeats = 1;
        }

        return Repeats >= Limit;
    }

    /// <summary>Restores the state RTC memory kept through deep sleep.</summary>
    public void Restore(long lastValue, int repeats)
    {
        LastValue = lastValue;
        Repeats = repeats < 0 ? 0 : repeats > Limit ? Limit : repeats;
    }
}
