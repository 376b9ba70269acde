namespace Waste.Registry;

/// <summary>Whether a device may connect.</summary>
public enum DeviceState
{
    /// <summary>May connect and send.</summary>
    Active,

    /// <summary>Refused at connect and disconnected if connected.</summary>
    Revoked,
}
