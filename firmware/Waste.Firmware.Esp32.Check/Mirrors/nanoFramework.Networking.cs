// NEVER SHIPPED. Compile-check declaration mirroring the public signature of a nanoFramework package (see
// ../README.md): only the members the ESP32 layer uses. The real package replaces it on the device build.
#nullable disable
#pragma warning disable CS0067, CS1591, CA1711, CA1716, CA1720, CA1707, CA1069, CA1008, CA1028, CA1051, CA1034, CA1003, CA1062
// Package nanoFramework.System.Device.Wifi (WifiNetworkHelper lives in namespace nanoFramework.Networking).
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
