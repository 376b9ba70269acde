// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
namespace UnitsNet
{
    public struct Length
    {
        public double Centimeters => throw new System.NotImplementedException();

        public double Meters => throw new System.NotImplementedException();
    }
}
