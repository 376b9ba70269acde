using Waste.Telemetry;

namespace Waste.Web.Public.Labels;

/// <summary>What one printed label carries: the report link its QR code opens, the device's public code, and where it stands.</summary>
public sealed record DeviceLabel(string Url, string Code, DeviceKind Kind, string? Ward, string? District);
