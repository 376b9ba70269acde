using System;
using System.Net;
using System.Net.Sockets;
using Waste.Firmware.Core.Time;

namespace Waste.Firmware.Esp32.Network;

/// <summary>
/// One SNTP request (RFC 4330) over UDP, read without setting the system clock: the RTC clock stays monotonic and
/// the core keeps the offset to UTC itself. Answers that are not a server's, or that carry no time, are refused.
/// </summary>
public sealed class UdpSntpClient : ISntpClient
{
    private const int NtpPort = 123;
    private const int TimeoutMilliseconds = 3000;
    private const long SecondsFrom1900To1970 = 2208988800;

    private readonly string _server;

    /// <summary>Creates a client of <paramref name="server"/> (a pool name such as vn.pool.ntp.org).</summary>
    public UdpSntpClient(string server) => _server = server;

    /// <inheritdoc />
    public bool TryGetUnixSeconds(out long unixSeconds)
    {
        unixSeconds = 0;
        try
        {
            var address = Dns.GetHostEntry(_server).AddressList[0];
            var request = new byte[48];
            request[0] = 0x1B; // leap indicator 0, version 3, mode 3 (client)
            var answer = new byte[48];
            using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp))
            {
                socket.ReceiveTimeout = TimeoutMilliseconds;
                EndPoint server = new IPEndPoint(address, NtpPort);
                socket.SendTo(request, server);
                if (socket.ReceiveFrom(answer, ref server) < 48 || (answer[0] & 0x07) != 4)
                {
                    return false;
                }
            }

            // Transmit timestamp, seconds part: bytes 40..43, big-endian, since 1900.
            long seconds = ((long)answer[40] << 24) | ((long)answer[41] << 16) | ((long)answer[42] << 8) | answer[43];
            if (seconds == 0)
            {
                return false;
            }

            unixSeconds = seconds - SecondsFrom1900To1970;
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
