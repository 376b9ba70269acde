// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
// What this assembly holds (StringBuilder, Encoding.UTF8) the firmware does without; System.Net and the streams need it.
namespace System.Text
{
    public class StringBuilder
    {
    }
}
