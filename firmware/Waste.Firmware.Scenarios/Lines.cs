using Waste.Firmware.Core.Telemetry;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Scenarios;

/// <summary>How the scenario writes values: through the firmware's own formatting, never the runtime's
/// <c>double.ToString</c> or <c>bool.ToString</c>, which differ between nanoFramework and .NET.</summary>
public static class Lines
{
    /// <summary>"yes" or "no".</summary>
    public static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary><paramref name="value"/> to 3 decimals, or "NaN".</summary>
    public static string Number(double value) => DecimalText.CanFormat(value) ? DecimalText.Format(value, 3) : "NaN";

    /// <summary>A reading as its sequence number, time and members, or "none".</summary>
    public static string Reading(IReading? reading) =>
        reading == null ? "none" : "#" + reading.Sequence.ToString() + " t=" + reading.Time.ToString() + " {" + ReadingFields.Of(reading) + "}";
}
