// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
namespace System.Device.Gpio
{
    using nanoFramework.Runtime.Events;

    public sealed class GpioController : IDisposable
    {
        public GpioController() => throw new NotImplementedException();

        public GpioPin OpenPin(int pinNumber, PinMode mode) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);

    public sealed class GpioPin : IDisposable
    {
        internal GpioPin(int pinNumber) => throw new NotImplementedException();

        public event PinValueChangedEventHandler ValueChanged
        {
            add => throw new NotImplementedException();
            remove => throw new NotImplementedException();
        }

        public PinValue Read() => throw new NotImplementedException();

        public void Write(PinValue value) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public enum PinMode
    {
        Input,
        InputPullDown,
        InputPullUp,
        Output,
        OutputOpenDrain,
        OutputOpenDrainPullUp,
        OutputOpenSource,
        OutputOpenSourcePullDown,
    }

    public readonly struct PinValue
    {
        private readonly byte _value;

        private PinValue(byte value) => _value = value;

        public static PinValue High => new PinValue(1);

        public static PinValue Low => new PinValue(0);

        public static bool operator ==(PinValue a, PinValue b) => a.Equals(b);

        public static bool operator !=(PinValue a, PinValue b) => !a.Equals(b);

        public bool Equals(PinValue other) => other._value == _value;

        public override bool Equals(object obj) => obj is PinValue other && Equals(other);

        public override int GetHashCode() => _value.GetHashCode();
    }

    public class PinValueChangedEventArgs : BaseEvent
    {
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber) => throw new NotImplementedException();

        public PinEventTypes ChangeType { get; }

        public int PinNumber { get; }
    }

    [Flags]
    public enum PinEventTypes
    {
        None = 0,
        Rising = 1,
        Falling = 2,
    }
}
