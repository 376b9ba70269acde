namespace Waste.Firmware.Core.Time;

/// <summary>Asks a time server for the time (SNTP on the ESP32, the virtual clock in the simulator).</summary>
public interface ISntpClient
{
    /// <summary>True with the current UTC time in Unix seconds when a server answered.</summary>
    bool TryGetUnixSeconds(out long unixSeconds);
}
