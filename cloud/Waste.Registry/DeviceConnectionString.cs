namespace Waste.Registry;

/// <summary>A device's connection string in Azure IoT Hub's format: <c>HostName=...;DeviceId=...;SharedAccessKey=...</c>,
/// what an installer loads into a device. It holds the device's key: print it only to whoever provisions the device.</summary>
public static class DeviceConnectionString
{
    /// <summary>The connection string for <paramref name="device"/> on hub <paramref name="hubHostName"/>.</summary>
    public static string For(RegisteredDevice device, string hubHostName, bool secondary = false)
    {
        var key = secondary
            ? device.SecondaryKey ?? throw new InvalidOperationException($"device {device.Id} has no secondary key")
            : device.PrimaryKey;
        return $"HostName={hubHostName};DeviceId={device.Id};SharedAccessKey={key}";
    }
}
