namespace Waste.Web.Public;

/// <summary>The citizens' side: how fresh the public view is, and the brakes on reports (configuration section
/// <see cref="Section"/>).</summary>
public sealed class PublicOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Public";

    /// <summary>The public view of the city is rebuilt at most this often, however many people ask: public requests
    /// never reach a device's grain themselves.</summary>
    public double RefreshSeconds { get; set; } = 15;

    /// <summary>Reports one address may send per hour.</summary>
    public int ReportsPerAddressPerHour { get; set; } = 10;

    /// <summary>Reports one device may receive per hour (from everyone together).</summary>
    public int ReportsPerDevicePerHour { get; set; } = 20;

    /// <summary>The proof of work a report carries: leading zero bits of SHA-256(challenge + nonce). 18 bits is about
    /// 260,000 hashes: a second or two on a phone, and a brake on anyone sending thousands.</summary>
    public int ProofOfWorkBits { get; set; } = 18;

    /// <summary>The largest photo taken, bytes.</summary>
    public int PhotoMaxBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The address printed in the QR codes (for example <c>https://waste.binhduong.gov.vn</c>); empty: the
    /// address the admin page was opened at.</summary>
    public string LabelBaseUrl { get; set; } = "";

    /// <summary>Why these settings cannot run, or null.</summary>
    public string? Problem() =>
        RefreshSeconds is < 1 or > 3600 ? "Public:RefreshSeconds must be 1 to 3600"
        : ReportsPerAddressPerHour < 1 || ReportsPerDevicePerHour < 1 ? "Public:ReportsPerAddressPerHour and ReportsPerDevicePerHour must be at least 1"
        : ProofOfWorkBits is < 0 or > 28 ? "Public:ProofOfWorkBits must be 0 to 28"
        : PhotoMaxBytes is < 64 * 1024 or > 32 * 1024 * 1024 ? "Public:PhotoMaxBytes must be 64 KiB to 32 MiB"
        : LabelBaseUrl.Length > 0 && !Uri.TryCreate(LabelBaseUrl, UriKind.Absolute, out _) ? "Public:LabelBaseUrl must be an absolute URL"
        : null;
}
