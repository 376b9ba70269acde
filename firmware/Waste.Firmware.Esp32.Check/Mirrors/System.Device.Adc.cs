// NEVER SHIPPED. Compile-check declaration mirroring the public signature of a nanoFramework package (see
// ../README.md): only the members the ESP32 layer uses. The real package replaces it on the device build.
#nullable disable
#pragma warning disable CS0067, CS1591, CA1711, CA1716, CA1720, CA1707, CA1069, CA1008, CA1028, CA1051, CA1034, CA1003, CA1062
// Package nanoFramework.System.Device.Adc.
namespace System.Device.Adc
{
    public class AdcController
    {
        public AdcController() => throw new NotImplementedException();

        public int MaxValue => throw new NotImplementedException();

        public AdcChannel OpenChannel(int channelNumber) => throw new NotImplementedException();
    }

    public class AdcChannel
    {
        public int ReadValue() => throw new NotImplementedException();
    }
}
