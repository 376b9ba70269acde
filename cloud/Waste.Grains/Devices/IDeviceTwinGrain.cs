namespace Waste.Grains.Devices;

/// <summary>A device's twin: the cloud's desired configuration and the device's reported properties, persisted.
/// Keyed by device id.</summary>
public interface IDeviceTwinGrain : IGrainWithStringKey
{
    /// <summary>The whole twin.</summary>
    Task<DeviceTwin> Get();

    /// <summary>Merges a patch into the reported properties (JSON merge: null removes a property).</summary>
    Task<TwinPatchResult> PatchReported(string patchJson);

    /// <summary>Merges a patch into the desired properties and, once persisted, pushes it to the device if it is
    /// connected (it reads the whole twin at its next boot otherwise).</summary>
    Task<TwinPatchResult> PatchDesired(string patchJson);

    /// <summary>Merges a patch into the desired properties without pushing it: the device reads it with its whole twin
    /// at its next connection (a bin does at every upload), which keeps the moment it applies it independent of when
    /// this call lands.</summary>
    Task<TwinPatchResult> PatchDesiredForNextConnection(string patchJson);
}
