namespace Waste.Hub;

/// <summary>Why the hub refused a device's connection; each is counted under its own name.</summary>
public enum ConnectionRefusal
{
    /// <summary>The client id is not a valid device id.</summary>
    BadClientId,

    /// <summary>The user name is not <c>{hub}/{device-id}/?api-version=...</c> for this hub and client id.</summary>
    BadUserName,

    /// <summary>No such device in the registry.</summary>
    UnknownDevice,

    /// <summary>The device is revoked.</summary>
    Revoked,

    /// <summary>The password is not a SAS token, or grants another resource.</summary>
    BadToken,

    /// <summary>The token has expired.</summary>
    ExpiredToken,

    /// <summary>The token runs longer than <see cref="HubOptions.MaxTokenLifetime"/> from now.</summary>
    TokenTooLong,

    /// <summary>The token is not signed with the device's key.</summary>
    BadSignature,
}
