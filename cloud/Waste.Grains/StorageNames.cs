namespace Waste.Grains;

/// <summary>Names of the grain stores the host must register.</summary>
public static class StorageNames
{
    /// <summary>Device grains' state: every acknowledged reading depends on it.</summary>
    public const string Devices = "devices";
}
