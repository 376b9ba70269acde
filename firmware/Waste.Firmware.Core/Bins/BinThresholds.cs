namespace Waste.Firmware.Core.Bins;

/// <summary>A bin node's alarm thresholds (twin: <c>fire_temp_c</c>, <c>fire_rise_c_per_min</c>).</summary>
public sealed class BinThresholds
{
    /// <summary>Creates thresholds; values outside the protocol's ranges are refused.</summary>
    public BinThresholds(double fireTemperatureCelsius, double fireRiseCelsiusPerMinute)
    {
        if (!(fireTemperatureCelsius >= 40 && fireTemperatureCelsius <= 120))
        {
            throw new System.ArgumentOutOfRangeException(nameof(fireTemperatureCelsius));
        }

        if (!(fireRiseCelsiusPerMinute >= 0.5 && fireRiseCelsiusPerMinute <= 20))
        {
            throw new System.ArgumentOutOfRangeException(nameof(fireRiseCelsiusPerMinute));
        }

        FireTemperatureCelsius = fireTemperatureCelsius;
        FireRiseCelsiusPerMinute = fireRiseCelsiusPerMinute;
    }

    /// <summary>Air temperature that means fire, °C.</summary>
    public double FireTemperatureCelsius { get; }

    /// <summary>Rate of rise that means fire, °C per minute.</summary>
    public double FireRiseCelsiusPerMinute { get; }
}
