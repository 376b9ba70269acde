// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
// The firmware uses mscorlib's ArrayList; this assembly (Hashtable, Queue, Stack) is here because M2Mqtt needs it.
namespace System.Collections
{
    public class Hashtable
    {
    }
}
