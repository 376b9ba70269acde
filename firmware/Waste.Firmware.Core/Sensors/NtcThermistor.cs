using Waste.Firmware.Core.Numbers;

namespace Waste.Firmware.Core.Sensors;

/// <summary>
/// An NTC thermistor in a divider: a series resistor from the supply to the ADC pin, the thermistor from the pin to
/// ground. Its resistance follows the β model, 1/T = 1/T25 + ln(R/R25)/β, good to about ±1 °C over 0..70 °C for the
/// usual 10 kΩ, β 3950 parts, which is what a fire alarm and the speed of sound need.
/// </summary>
public sealed class NtcThermistor
{
    /// <summary>A 10 kΩ β 3950 thermistor under a 10 kΩ series resistor on 3.3 V.</summary>
    public static readonly NtcThermistor Standard10k = new(3.3, 10000, 10000, 3950);

    private const double KelvinAt25 = 298.15;

    /// <summary>Creates the divider.</summary>
    public NtcThermistor(double supplyVolts, double seriesOhms, double ohmsAt25, double beta)
    {
        if (!(supplyVolts > 0) || !(seriesOhms > 0) || !(ohmsAt25 > 0) || !(beta > 0))
        {
            throw new System.ArgumentOutOfRangeException(nameof(beta));
        }

        SupplyVolts = supplyVolts;
        SeriesOhms = seriesOhms;
        OhmsAt25 = ohmsAt25;
        Beta = beta;
    }

    /// <summary>Divider supply, V.</summary>
    public double SupplyVolts { get; }

    /// <summary>Series resistor, ohms.</summary>
    public double SeriesOhms { get; }

    /// <summary>Thermistor resistance at 25 °C, ohms.</summary>
    public double OhmsAt25 { get; }

    /// <summary>β constant, K.</summary>
    public double Beta { get; }

    /// <summary>Temperature for a pin voltage, °C; NaN when the voltage is at a rail (open or shorted thermistor).</summary>
    public double Celsius(double pinVolts)
    {
        if (!(pinVolts > 0.01 * SupplyVolts) || !(pinVolts < 0.99 * SupplyVolts))
        {
            return double.NaN;
        }

        var ohms = SeriesOhms * pinVolts / (SupplyVolts - pinVolts);
        var inverseKelvin = 1 / KelvinAt25 + Logarithm.Natural(ohms / OhmsAt25) / Beta;
        return 1 / inverseKelvin - 273.15;
    }
}
