// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
namespace Iot.Device.Hcsr04
{
    using System;
    using System.Device.Gpio;
    using System.Device.Model;
    using UnitsNet;

    [Interface("HC-SR04 - Ultrasonic Ranging Module")]
    public class Hcsr04 : IDisposable
    {
        public Hcsr04(GpioController gpioController, int triggerPin, int echoPin, bool shouldDispose = true) =>
            throw new NotImplementedException();

        [Telemetry]
        public Length Distance => throw new NotImplementedException();

        public bool TryGetDistance(out Length result) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}
