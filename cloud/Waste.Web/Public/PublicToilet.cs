namespace Waste.Web.Public;

/// <summary>A public toilet as anyone may see it: where it is and whether it can be used now; nothing about the device.</summary>
public sealed record PublicToilet(
    string Code,
    double Latitude,
    double Longitude,
    string? Ward,
    string? District,
    ToiletStatus Status,
    bool? Occupied,
    DateTimeOffset? LastCleanedAt,
    OdourLevel Odour,
    bool? Accessible);
