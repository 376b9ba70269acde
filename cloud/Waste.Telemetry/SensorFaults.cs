namespace Waste.Telemetry;

/// <summary>Sensor fault names a device may report in a reading's <c>faults</c>.</summary>
public static class SensorFaults
{
    /// <summary>Too few ultrasonic pings returned an echo.</summary>
    public const string NoEcho = "no_echo";

    /// <summary>Echo beyond the sensor's range or inside its blind zone.</summary>
    public const string OutOfRange = "out_of_range";

    /// <summary>The same raw value for too long.</summary>
    public const string Stuck = "stuck";

    /// <summary>Gas sensor reading outside its electrical range.</summary>
    public const string OdourSensor = "odour_sensor";

    /// <summary>Temperature sensor failed.</summary>
    public const string TemperatureSensor = "temperature_sensor";
}
