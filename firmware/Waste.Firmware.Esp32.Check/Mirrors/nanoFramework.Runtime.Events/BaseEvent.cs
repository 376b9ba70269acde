// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
namespace nanoFramework.Runtime.Events
{
    public class BaseEvent
    {
        public ushort Source;

        public byte Message;
    }
}
