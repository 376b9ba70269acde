namespace Waste.Hub;

/// <summary>Where the hub reads and writes device twins.</summary>
public interface IDeviceTwins
{
    /// <summary>The twin as a device reads it: <c>{"desired":{...,"$version":n},"reported":{...,"$version":m}}</c>.</summary>
    Task<string> GetTwinJsonAsync(string deviceId);

    /// <summary>Merges a device's reported-properties patch; the new reported version, or why it was refused.</summary>
    Task<(long Version, string? Error)> PatchReportedAsync(string deviceId, string patchJson);
}
