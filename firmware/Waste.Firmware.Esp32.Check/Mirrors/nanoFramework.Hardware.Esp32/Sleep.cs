// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
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
            Wifi,
            CoCpu,
            CoCpuTrapTrig,
            Bt,
        }

        public static EspNativeError EnableWakeupByTimer(TimeSpan time) => throw new NotImplementedException();

        public static void StartDeepSleep() => throw new NotImplementedException();

        public static WakeupCause GetWakeupCause() => throw new NotImplementedException();
    }

    public enum EspNativeError : Int32
    {
        OK = 0,
        FAIL = -1,
        NO_MEM = 0x101,
        INVALID_ARG = 0x102,
        INVALID_STATE = 0x103,
        INVALID_SIZE = 0x104,
        NOT_FOUND = 0x105,
        NOT_SUPPORTED = 0x106,
        TIMEOUT = 0x107,
        INVALID_RESPONSE = 0x108,
    }
}
