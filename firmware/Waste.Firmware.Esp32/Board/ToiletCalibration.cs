namespace Waste.Firmware.Esp32.Board;

/// <summary>
/// The gas sensors' clean-air resistance R0 until the first <c>recalibrate_odour</c> (which is kept in flash and
/// wins). A typical value for the MQ-136/MQ-137 modules; each unit differs by a factor of two or more, so a toilet is
/// recalibrated in clean air at commissioning (hardware-docs/calibration.md).
/// </summary>
public static class ToiletCalibration
{
    /// <summary>MQ-137 R0, ohms.</summary>
    public const double AmmoniaR0Ohms = 20000;

    /// <summary>MQ-136 R0, ohms.</summary>
    public const double HydrogenSulphideR0Ohms = 20000;
}
