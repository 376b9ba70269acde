namespace Waste.Registry;

/// <summary>What a device id may look like. Stricter than Azure IoT Hub on purpose: the id is part of MQTT topic
/// names, so '/', '+' and '#' would let one device's topic pattern reach another's.</summary>
public static class DeviceId
{
    /// <summary>The longest id accepted (Azure IoT Hub's own limit).</summary>
    public const int MaxLength = 128;

    /// <summary>True when <paramref name="id"/> is 1..128 characters of ASCII letters, digits, '-', '.', '_' or ':'.</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or ':'))
            {
                return false;
            }
        }

        return true;
    }
}
