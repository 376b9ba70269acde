namespace Waste.Firmware.Core.Ranging;

/// <summary>
/// The distances an ultrasonic sensor can measure. Closer than its blind zone the transducer is still ringing from
/// its own pulse and the echo means nothing; beyond its range the echo is too weak to trust.
/// </summary>
public sealed class UltrasonicRange
{
    /// <summary>The waterproof JSN-SR04T (and AJ-SR04M): blind zone about 25 cm, range 4.5 m (maker's sheet).</summary>
    public static readonly UltrasonicRange JsnSr04t = new(0.25, 4.5);

    /// <summary>The HC-SR04: 2 cm to 4 m (maker's sheet); not waterproof.</summary>
    public static readonly UltrasonicRange HcSr04 = new(0.02, 4.0);

    /// <summary>Creates a range from the blind zone to the farthest trusted distance, metres.</summary>
    public UltrasonicRange(double blindZoneMetres, double maximumMetres)
    {
        if (!(blindZoneMetres >= 0) || !(maximumMetres > blindZoneMetres))
        {
            throw new System.ArgumentOutOfRangeException(nameof(maximumMetres), "need 0 <= blind zone < maximum");
        }

        BlindZoneMetres = blindZoneMetres;
        MaximumMetres = maximumMetres;
    }

    /// <summary>Nearest trusted distance, metres.</summary>
    public double BlindZoneMetres { get; }

    /// <summary>Farthest trusted distance, metres.</summary>
    public double MaximumMetres { get; }
}
