namespace Waste.Firmware.Core.Odour;

/// <summary>
/// A gas sensor's clean-air resistance R0, calibrated once and then following the element's slow drift (ageing,
/// humidity season): while the air is clean, R0 moves towards the clean-air value the sensor now implies, with a time
/// constant of <see cref="DriftTimeConstantSeconds"/>, far slower than any odour event; it never strays beyond
/// half or twice the calibrated value, so a sensor going bad shows instead of being tracked away.
/// </summary>
public sealed class OdourBaseline
{
    /// <summary>Time constant of the drift tracking: one week.</summary>
    public const double DriftTimeConstantSeconds = 7 * 24 * 3600;

    /// <summary>Creates a baseline at <paramref name="calibratedOhms"/>.</summary>
    public OdourBaseline(double calibratedOhms)
    {
        Recalibrate(calibratedOhms);
    }

    /// <summary>R0 now, ohms.</summary>
    public double R0Ohms { get; private set; }

    /// <summary>R0 at the last calibration, ohms.</summary>
    public double CalibratedOhms { get; private set; }

    /// <summary>Follows the drift: <paramref name="cleanAirOhms"/> is the R0 the present clean-air reading implies,
    /// <paramref name="elapsedSeconds"/> the time since the last sample.</summary>
    public void Track(double cleanAirOhms, double elapsedSeconds)
    {
        if (!(cleanAirOhms > 0) || !(elapsedSeconds > 0))
        {
            return;
        }

        var weight = elapsedSeconds / DriftTimeConstantSeconds;
        var next = R0Ohms + (cleanAirOhms - R0Ohms) * (weight > 1 ? 1 : weight);
        var low = CalibratedOhms / 2;
        var high = CalibratedOhms * 2;
        R0Ohms = next < low ? low : next > high ? high : next;
    }

    /// <summary>Takes <paramref name="ohms"/> as the new clean-air R0.</summary>
    public void Recalibrate(double ohms)
    {
        if (!(ohms > 0))
        {
            throw new System.ArgumentOutOfRangeException(nameof(ohms));
        }

        R0Ohms = ohms;
        CalibratedOhms = ohms;
    }
}
