using System.Device.Gpio;
using Iot.Device.Hcsr04;
using UnitsNet;
using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Esp32.Drivers;

/// <summary>
/// The JSN-SR04T (trigger/echo mode, HC-SR04 compatible) through nanoFramework's Hcsr04 binding. The binding turns
/// the echo into a length at a fixed 343 m/s; this turns it back into the round-trip time, so that the core applies
/// its own speed of sound at the measured air temperature.
/// </summary>
public sealed class UltrasonicModule : IUltrasonicSensor
{
    // The binding's conversion: centimetres = (milliseconds / 2) * 34.3.
    private const double BindingCentimetresPerMillisecond = 34.3;

    private readonly Hcsr04 _sensor;

    /// <summary>Opens the sensor on its trigger and echo pins.</summary>
    public UltrasonicModule(GpioController controller, int triggerPin, int echoPin)
    {
        _sensor = new Hcsr04(controller, triggerPin, echoPin, false);
    }

    /// <inheritdoc />
    public long PingMicroseconds()
    {
        Length distance;
        if (!_sensor.TryGetDistance(out distance))
        {
            return 0;
        }

        return (long)(2 * distance.Centimeters / BindingCentimetresPerMillisecond * 1000);
    }
}
