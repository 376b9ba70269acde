// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
namespace System.Threading
{
    public class CancellationTokenSource : IDisposable
    {
        public CancellationTokenSource(int millisecondsDelay) => throw new NotImplementedException();

        public CancellationToken Token => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public struct CancellationToken
    {
    }
}
