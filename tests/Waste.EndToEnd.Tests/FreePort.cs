using System.Net;
using System.Net.Sockets;

namespace Waste.EndToEnd.Tests;

/// <summary>Ports the operating system has just said are free on loopback.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
