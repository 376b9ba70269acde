namespace Waste.Firmware.Core.IotHub;

/// <summary>What a message the hub sent a device is.</summary>
public enum HubMessageKind
{
    /// <summary>A topic the device does not know: ignored.</summary>
    Unknown,

    /// <summary>The answer to a twin GET or reported-properties patch.</summary>
    TwinResponse,

    /// <summary>A change of desired properties.</summary>
    DesiredPatch,

    /// <summary>A direct method call.</summary>
    MethodCall,

    /// <summary>A cloud-to-device message.</summary>
    CloudToDevice,
}
