namespace Waste.Grains.Alerts;

/// <summary>The rule that raised an alert: each says which fields of <see cref="AlertReason"/> it fills.</summary>
public enum AlertRule
{
    /// <summary>A fill reading (<see cref="AlertReason.Value"/>, %) at or above the overflow level (<see cref="AlertReason.Limit"/>, %).</summary>
    FillAtOverflow,

    /// <summary>A temperature (°C) at or above the fire limit (°C).</summary>
    TemperatureAtFire,

    /// <summary>A temperature rising (°C a minute) at least as fast as the fire limit (°C a minute).</summary>
    TemperatureRising,

    /// <summary>The device's own alarm (<see cref="AlertReason.Codes"/>: its name, as in <c>Waste.Telemetry.DeviceAlarms</c>).</summary>
    DeviceAlarm,

    /// <summary>A battery (V) below the limit (V) in <see cref="AlertReason.Count"/> readings in a row.</summary>
    BatteryLow,

    /// <summary>Sensor faults (<see cref="AlertReason.Codes"/>): the device's own (<c>Waste.Telemetry.SensorFaults</c>) or
    /// the cloud's: <c>stuck_distance</c> (the same distance for <see cref="AlertReason.Value"/> readings),
    /// <c>impossible_jumps</c> (<see cref="AlertReason.Count"/> impossible jumps in a day).</summary>
    SensorFault,

    /// <summary>No message since <see cref="AlertReason.Since"/>, longer than the limit (hours).</summary>
    NoMessage,

    /// <summary>NH₃ (ppm, limit) and H₂S (<see cref="AlertReason.OtherValue"/> ppm, <see cref="AlertReason.OtherLimit"/>)
    /// over a limit in <see cref="AlertReason.Count"/> of the last <see cref="AlertReason.Window"/> readings.</summary>
    Odour,

    /// <summary>Occupied since <see cref="AlertReason.Since"/>, longer than the limit (minutes).</summary>
    OccupiedTooLong,

    /// <summary>No visit since <see cref="AlertReason.Since"/> while the toilet's own use expected
    /// <see cref="AlertReason.Value"/> visits in the opening hours since.</summary>
    NoVisits,
}
