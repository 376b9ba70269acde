using Waste.Registry;

namespace Waste.Web.Public;

/// <summary>A bin as anyone may see it: where it stands, what it takes, and how full as a band. No id or code: bins are
/// reported from their own QR code, on the spot.</summary>
public sealed record PublicBin(double Latitude, double Longitude, string? Ward, string? District, WasteStream? Stream, FillBand Fill);
