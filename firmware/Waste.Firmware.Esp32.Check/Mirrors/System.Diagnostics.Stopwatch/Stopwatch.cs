// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
// Iot.Device.Hcsr04 times its echo with this assembly; nothing of it is public in what the firmware calls.
namespace System.Diagnostics
{
    public class Stopwatch
    {
    }
}
