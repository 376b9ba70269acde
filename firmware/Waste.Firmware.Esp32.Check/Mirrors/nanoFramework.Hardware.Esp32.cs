// NEVER SHIPPED. Compile-check declaration mirroring the public signature of a nanoFramework package (see
// ../README.md): only the members the ESP32 layer uses. The real package replaces it on the device build.
#nullable disable
#pragma warning disable CS0067, CS1591, CA1711, CA1716, CA1720, CA1707, CA1069, CA1008, CA1028, CA1051, CA1034, CA1003, CA1062
// Package nanoFramework.Hardware.Esp32.
namespace nanoFramework.Hardware.Esp32
{
    using System;

    public class Sleep
    {
        public enum WakeupCause
        {
            Undefined = 0,
            Ext0 = 2,
            Ext1,
            Timer,
            TouchPad,
            Ulp,
            Gpio,
            Uart,
        }

        public static EspNativeError EnableWakeupByTimer(TimeSpan time) => throw new NotImplementedException();

        public static void StartDeepSleep() => throw new NotImplementedException();

        public static WakeupCause GetWakeupCause() => throw new NotImplementedException();
    }

    public enum EspNativeError
    {
        OK = 0,
    }
}
