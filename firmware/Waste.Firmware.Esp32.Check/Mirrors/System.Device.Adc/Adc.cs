// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
namespace System.Device.Adc
{
    public abstract class AdcControllerBase
    {
        public abstract int MaxValue { get; }

        public abstract AdcChannel OpenChannel(int channelNumber);
    }

    public class AdcController : AdcControllerBase
    {
        public AdcController() => throw new NotImplementedException();

        public override int MaxValue => throw new NotImplementedException();

        public override AdcChannel OpenChannel(int channelNumber) => throw new NotImplementedException();
    }

    public abstract class AdcChannelBase
    {
        public abstract int ReadValue();
    }

    public class AdcChannel : AdcChannelBase, IDisposable
    {
        public override int ReadValue() => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}
