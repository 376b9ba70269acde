using System.Net;
using System.Net.Sockets;

namespace Waste.TestServers;

/// <summary>Ports the operating system has just handed out on loopback.</summary>
public static class LoopbackPorts
{
    /// <summary><paramref name="count"/> different free ports: the listeners are held open together, so the OS cannot
    /// hand out the same port twice.</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }
}
