// NEVER SHIPPED. Compile-check declaration mirroring the public signature of a nanoFramework package (see
// ../README.md): only the members the ESP32 layer uses. The real package replaces it on the device build.
#nullable disable
#pragma warning disable CS0067, CS1591, CA1711, CA1716, CA1720, CA1707, CA1069, CA1008, CA1028, CA1051, CA1034, CA1003, CA1062
// Packages nanoFramework.Iot.Device.Hcsr04 and UnitsNet.nanoFramework.Length.
namespace Iot.Device.Hcsr04
{
    using System;
    using System.Device.Gpio;
    using UnitsNet;

    public class Hcsr04 : IDisposable
    {
        public Hcsr04(GpioController gpioController, int triggerPin, int echoPin, bool shouldDispose = true) =>
            throw new NotImplementedException();

        public bool TryGetDistance(out Length result) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}

namespace UnitsNet
{
    public struct Length
    {
        public double Centimeters => throw new System.NotImplementedException();
    }
}
