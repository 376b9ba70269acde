// NEVER SHIPPED. Compile-check declaration mirroring the public signature of a nanoFramework package (see
// ../README.md): only the members the ESP32 layer uses. The real package replaces it on the device build.
#nullable disable
#pragma warning disable CS0067, CS1591, CA1711, CA1716, CA1720, CA1707, CA1069, CA1008, CA1028, CA1051, CA1034, CA1003, CA1062
// Package nanoFramework.System.Net.
namespace System.Net
{
    public static class Dns
    {
        public static IPHostEntry GetHostEntry(string hostNameOrAddress) => throw new NotImplementedException();
    }

    public class IPHostEntry
    {
        public IPAddress[] AddressList => throw new NotImplementedException();
    }

    public class IPAddress
    {
    }

    public abstract class EndPoint
    {
    }

    public class IPEndPoint : EndPoint
    {
        public IPEndPoint(IPAddress address, int port) => throw new NotImplementedException();
    }
}

namespace System.Net.Sockets
{
    public class Socket : IDisposable
    {
        public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType) =>
            throw new NotImplementedException();

        public int ReceiveTimeout
        {
            get => throw new NotImplementedException();
            set => throw new NotImplementedException();
        }

        public int SendTo(byte[] buffer, EndPoint remoteEP) => throw new NotImplementedException();

        public int ReceiveFrom(byte[] buffer, ref EndPoint remoteEP) => throw new NotImplementedException();

        public void Dispose() => throw new NotImplementedException();
    }

    public enum AddressFamily
    {
        InterNetwork = 2,
    }

    public enum SocketType
    {
        Dgram = 2,
    }

    public enum ProtocolType
    {
        Udp = 17,
    }

    public class SocketException : Exception
    {
    }
}

namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate(string certificate) => throw new NotImplementedException();
    }
}
