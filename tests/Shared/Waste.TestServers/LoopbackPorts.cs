using System.Net;
using System.Net.Sockets;

namespace Waste.TestServers;

/// <summary>Loopback ports for the servers a test starts, taken below the operating system's ephemeral range.</summary>
/// <remarks>A port the OS hands out for port 0 and the test then releases is an ephemeral port: any outgoing connection
/// in the meantime (an MQTT client, the silo's gateway client, another test's HTTP call) may be given it, and the
/// server's bind then fails with "address already in use". Ports below 32768 are never handed to outgoing
/// connections, so only another test can want them: each process starts at its own place in the range and walks
/// it, never giving the same port twice, and a port still bound by someone else is skipped.</remarks>
public static class LoopbackPorts
{
    private const int First = 20000;
    private const int Count = 12000;
    private static int _next = Environment.ProcessId * 97 % Count;

    /// <summary><paramref name="count"/> different ports free on loopback when this returns.</summary>
    public static int[] Take(int count) => Enumerable.Range(0, count).Select(_ => Next()).ToArray();

    /// <summary>One port free on loopback when this returns.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < Count; attempt++)
        {
            var port = First + (int)((uint)Interlocked.Increment(ref _next) % Count);
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {First} and {First + Count - 1}.");
    }

    private static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }
}
