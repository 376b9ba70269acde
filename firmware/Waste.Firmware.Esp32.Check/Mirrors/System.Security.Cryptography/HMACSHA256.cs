// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
namespace System.Security.Cryptography
{
    public class HMACSHA256 : IDisposable
    {
        public HMACSHA256(byte[] key) => throw new NotImplementedException();

        public byte[] ComputeHash(byte[] buffer) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }
}
