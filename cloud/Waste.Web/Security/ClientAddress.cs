using System.Net;
using System.Net.Sockets;

namespace Waste.Web.Security;

/// <summary>Who a request comes from, for rate limits: the remote address (as a configured proxy forwards it), an IPv6
/// address by its /64 network, since one subscriber is given a whole /64 and could otherwise change address at will.</summary>
public static class ClientAddress
{
    /// <summary>The partition key of <paramref name="context"/>'s client.</summary>
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    /// <summary>The partition key of <paramref name="address"/>.</summary>
    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
