namespace Waste.Firmware.Core.Sensors;

/// <summary>An ultrasonic ranging sensor (HC-SR04, JSN-SR04T): one ping, one echo time.</summary>
public interface IUltrasonicSensor
{
    /// <summary>Sends one ping and returns the echo's round-trip time in µs, or a value &lt;= 0 when no echo came
    /// back before the sensor's timeout.</summary>
    long PingMicroseconds();
}
