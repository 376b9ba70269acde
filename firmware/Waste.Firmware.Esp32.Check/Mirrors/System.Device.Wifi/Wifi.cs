// NEVER SHIPPED: a compile-time mirror (see ../Directory.Build.props). Only what the ESP32 layer uses, with the
// real names, base types, sealing, enum values and parameters.
namespace nanoFramework.Networking
{
    using System;
    using System.Device.Wifi;
    using System.Threading;

    public static class WifiNetworkHelper
    {
        public static bool ConnectDhcp(
            string ssid,
            string password,
            WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic,
            bool requiresDateTime = false,
            int wifiAdapterId = 0,
            CancellationToken token = default) => throw new NotImplementedException();

        public static void Disconnect() => throw new NotImplementedException();
    }
}

namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic,
        Manual,
    }
}
