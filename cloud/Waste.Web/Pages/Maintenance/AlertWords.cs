using Microsoft.Extensions.Localization;
using Waste.Grains.Alerts;
using Waste.Telemetry;

namespace Waste.Web.Pages.Maintenance;

/// <summary>The words <c>alert-reason.js</c> builds an alert's reason from, in the page's language: a sentence per
/// rule with its fields as placeholders (<c>{value}</c>, <c>{limit}</c>, <c>{since}</c> ...), and the name of each
/// alarm and fault a device or the cloud reports.</summary>
public static class AlertWords
{
    /// <summary>The alarm and fault names a reason may carry (<see cref="AlertRule.DeviceAlarm"/>,
    /// <see cref="AlertRule.SensorFault"/>).</summary>
    public static readonly IReadOnlyList<string> Codes =
    [
        DeviceAlarms.Fire, DeviceAlarms.Tilt, DeviceAlarms.LidOpen, DeviceAlarms.LowBattery, DeviceAlarms.Odour,
        DeviceAlarms.StuckOccupied, DeviceAlarms.Leak, DeviceAlarms.SuppliesLow,
        SensorFaults.NoEcho, SensorFaults.OutOfRange, SensorFaults.Stuck, SensorFaults.OdourSensor, SensorFaults.TemperatureSensor,
        "stuck_distance", "impossible_jumps",
    ];

    /// <summary>Adds the words to <paramref name="words"/>.</summary>
    public static Dictionary<string, string> AddTo(Dictionary<string, string> words, IStringLocalizer<Text> text)
    {
        foreach (var rule in Enum.GetValues<AlertRule>())
        {
            words["rule." + rule] = text[$"AlertRule.{rule}"];
        }

        foreach (var code in Codes)
        {
            words["code." + code] = text[$"Code.{code}"];
        }

        return words;
    }
}
