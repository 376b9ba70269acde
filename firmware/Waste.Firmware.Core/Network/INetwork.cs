namespace Waste.Firmware.Core.Network;

/// <summary>The device's IP network: Wi-Fi on the ESP32 (association and DHCP), always up in the simulator.</summary>
public interface INetwork
{
    /// <summary>Joins the network; true once the device has an address. A bin node joins for each upload only.</summary>
    bool Join();

    /// <summary>Leaves the network and powers the radio down.</summary>
    void Leave();
}
