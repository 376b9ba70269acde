using System.Threading;
using nanoFramework.Networking;
using Waste.Firmware.Core.Network;

namespace Waste.Firmware.Esp32.Network;

/// <summary>Wi-Fi through nanoFramework's helper: associate and get an address by DHCP within a time limit, and
/// power the radio down on leaving (the largest current a bin node draws, see hardware-docs/power-budget.md).</summary>
public sealed class WifiNetwork : INetwork
{
    private readonly string _ssid;
    private readonly string _password;
    private readonly int _timeoutMilliseconds;
    private bool _joined;

    /// <summary>Creates the network for <paramref name="ssid"/>.</summary>
    public WifiNetwork(string ssid, string password, int timeoutMilliseconds)
    {
        _ssid = ssid;
        _password = password;
        _timeoutMilliseconds = timeoutMilliseconds;
    }

    /// <inheritdoc />
    public bool Join()
    {
        if (_joined)
        {
            return true;
        }

        var timeout = new CancellationTokenSource(_timeoutMilliseconds);
        _joined = WifiNetworkHelper.ConnectDhcp(_ssid, _password, requiresDateTime: false, token: timeout.Token);
        return _joined;
    }

    /// <inheritdoc />
    public void Leave()
    {
        WifiNetworkHelper.Disconnect();
        _joined = false;
    }
}
