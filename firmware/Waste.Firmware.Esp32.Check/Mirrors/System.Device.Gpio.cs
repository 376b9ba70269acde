// NEVER SHIPPED. Compile-check declaration mirroring the public signature of a nanoFramework package (see
// ../README.md): only the members the ESP32 layer uses. The real package replaces it on the device build.
#nullable disable
#pragma warning disable CS0067, CS1591, CA1711, CA1716, CA1720, CA1707, CA1069, CA1008, CA1028, CA1051, CA1034, CA1003, CA1062
// Package nanoFramework.System.Device.Gpio.
namespace System.Device.Gpio
{
    public class GpioController : IDisposable
    {
        public GpioController() => throw new NotImplementedException();

        public GpioPin OpenPin(int pinNumber, PinMode mode) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public class GpioPin : IDisposable
    {
        public event PinValueChangedEventHandler ValueChanged;

        public PinValue Read() => throw new NotImplementedException();

        public void Write(PinValue value) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public enum PinMode
    {
        Input,
        Output,
        InputPullDown,
        InputPullUp,
    }

    public struct PinValue
    {
        private readonly byte _value;

        private PinValue(byte value) => _value = value;

        public static PinValue Low => new PinValue(0);

        public static PinValue High => new PinValue(1);

        public static bool operator ==(PinValue a, PinValue b) => a.Equals(b);

        public static bool operator !=(PinValue a, PinValue b) => !a.Equals(b);

        public bool Equals(PinValue other) => _value == other._value;

        public override bool Equals(object obj) => obj is PinValue other && Equals(other);

        public override int GetHashCode() => _value;
    }

    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs pinValueChangedEventArgs);

    public class PinValueChangedEventArgs : EventArgs
    {
    }
}
