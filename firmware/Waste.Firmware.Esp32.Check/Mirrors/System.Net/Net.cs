// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
namespace System.Net
{
    using System.Net.Sockets;

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
        public IPAddress(byte[] address) => throw new NotImplementedException();
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

    public class SocketException : Exception
    {
        // The real one is built from a SocketError only; the firmware never builds one.
        internal SocketException() => throw new NotImplementedException();

        public int ErrorCode => throw new NotImplementedException();
    }

    public enum AddressFamily
    {
        Unknown = -1,
        Unspecified = 0,
        InterNetwork = 2,
        InterNetworkV6 = 23,
    }

    public enum SocketType
    {
        Stream = 1,
        Dgram = 2,
        Raw = 3,
        Rdm = 4,
        Seqpacket = 5,
        Unknown = -1,
    }

    public enum ProtocolType
    {
        IP = 0,
        Icmp = 1,
        Tcp = 6,
        Udp = 17,
        Raw = 255,
        Unknown = -1,
    }
}

namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        public X509Certificate() => throw new NotImplementedException();

        public X509Certificate(byte[] certificate) => throw new NotImplementedException();

        public X509Certificate(string certificate) => throw new NotImplementedException();
    }
}
