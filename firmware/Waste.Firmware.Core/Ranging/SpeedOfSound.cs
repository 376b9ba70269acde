using Waste.Firmware.Core.Numbers;

namespace Waste.Firmware.Core.Ranging;

/// <summary>Speed of sound in air, corrected for air temperature.</summary>
public static class SpeedOfSound
{
    /// <summary>Speed of sound in dry air at 0 °C, in m/s.</summary>
    public const double AtZeroCelsius = 331.3;

    private const double ZeroCelsiusInKelvin = 273.15;

    /// <summary>Speed of sound in m/s at the given air temperature in °C: it grows with the square root of the
    /// absolute temperature. The common linear form (331.3 + 0.606·T) is 0.5 % fast at 60 °C, the inside of a
    /// closed bin at noon.</summary>
    public static double MetresPerSecond(double airTemperatureCelsius) =>
        AtZeroCelsius * SquareRoot.Of(1.0 + airTemperatureCelsius / ZeroCelsiusInKelvin);
}
