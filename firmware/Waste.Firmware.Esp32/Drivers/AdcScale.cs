namespace Waste.Firmware.Esp32.Drivers;

/// <summary>The one place where ADC counts become volts. The ESP32's ADC at 11 dB attenuation reads up to about
/// 3.1 V and is not quite linear near both ends; the dividers keep every signal in its middle, where the linear
/// scale is within a few percent (calibrate the battery reading against a multimeter at commissioning).</summary>
public static class AdcScale
{
    /// <summary>Volts for <paramref name="counts"/> of an ADC whose largest value is <paramref name="maxCounts"/>.</summary>
    public static double Volts(int counts, int maxCounts, double fullScaleVolts) =>
        maxCounts <= 0 ? double.NaN : counts * fullScaleVolts / maxCounts;
}
