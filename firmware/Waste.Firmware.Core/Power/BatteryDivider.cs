namespace Waste.Firmware.Core.Power;

/// <summary>
/// The resistor divider that brings the battery's voltage (up to 4.2 V for a Li-ion cell) into the ADC's range: the
/// battery's voltage is the pin's times (top + bottom) / bottom. Large resistors keep its drain small (two 1 MΩ
/// draw 2 µA at 4 V), a 100 nF capacitor across the bottom one feeds the ADC's sampling.
/// </summary>
public sealed class BatteryDivider
{
    /// <summary>Creates the divider from its two resistors, ohms.</summary>
    public BatteryDivider(double topOhms, double bottomOhms)
    {
        if (!(topOhms >= 0) || !(bottomOhms > 0))
        {
            throw new System.ArgumentOutOfRangeException(nameof(bottomOhms));
        }

        TopOhms = topOhms;
        BottomOhms = bottomOhms;
    }

    /// <summary>Resistor from the battery to the ADC pin, ohms.</summary>
    public double TopOhms { get; }

    /// <summary>Resistor from the ADC pin to ground, ohms.</summary>
    public double BottomOhms { get; }

    /// <summary>Current the divider draws at <paramref name="batteryVolts"/>, amperes.</summary>
    public double DrainAmperes(double batteryVolts) => batteryVolts / (TopOhms + BottomOhms);

    /// <summary>The battery's voltage for a pin voltage, V.</summary>
    public double BatteryVolts(double pinVolts) => pinVolts * (TopOhms + BottomOhms) / BottomOhms;
}
