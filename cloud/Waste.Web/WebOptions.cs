namespace Waste.Web;

/// <summary>The web app's settings (configuration section <see cref="Section"/>).</summary>
public sealed class WebOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Web";

    /// <summary>On the first run (no account yet) make one account per role instead of a lone administrator, and
    /// print them with their passwords. The demo sets it; a deployment leaves it off.</summary>
    public bool DemoUsers { get; set; }

    /// <summary>An API token with every role that a program starting the host in-process gives it (tests, tools): a
    /// secret that program generated, starting with <c>wst_</c> and at least 36 characters long. Unset by default.</summary>
    public string? HostToken { get; set; }

    /// <summary>The map.</summary>
    public MapOptions Map { get; set; } = new();

    /// <summary>Addresses of the reverse proxies in front of the host (for example <c>127.0.0.1</c>): only their
    /// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, so rate limits see the client's address and
    /// cookies are marked secure when the client came over HTTPS. Empty: the host faces clients directly.</summary>
    public string[] Proxies { get; set; } = [];

    /// <summary>The brakes on signing in.</summary>
    public SignInOptions SignIn { get; set; } = new();

    /// <summary>How many sign-in attempts an address and an account may make, and when an account locks.</summary>
    public sealed class SignInOptions
    {
        /// <summary>Sign-in attempts one address may make in a minute (an IPv6 address counts by its /64).</summary>
        public int AttemptsPerAddress { get; set; } = 20;

        /// <summary>Sign-in attempts on one account name in a minute, from anywhere.</summary>
        public int AttemptsPerAccount { get; set; } = 10;

        /// <summary>Wrong passwords in a row that lock an account.</summary>
        public int FailuresBeforeLockout { get; set; } = 5;

        /// <summary>How long a locked account stays locked (an administrator may unlock it sooner).</summary>
        public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);
    }

    /// <summary>The map's settings: where it opens, and where its tiles come from.</summary>
    public sealed class MapOptions
    {
        /// <summary>A Leaflet tile URL template (<c>https://tile.example/{z}/{x}/{y}.png</c>). Empty: no background;
        /// markers and lines still show.</summary>
        public string TileUrl { get; set; } = "";

        /// <summary>The tiles' attribution, as their provider requires.</summary>
        public string TileAttribution { get; set; } = "";

        /// <summary>Where the map opens when there is nothing to fit it to (Thủ Dầu Một, Bình Dương).</summary>
        public double Latitude { get; set; } = 10.98;

        /// <summary>See <see cref="Latitude"/>.</summary>
        public double Longitude { get; set; } = 106.65;
    }

    /// <summary>Why these settings cannot run, or null.</summary>
    public string? Problem() =>
        HostToken is { } token && (token.Length < 36 || !token.StartsWith(Access.ApiTokens.Prefix, StringComparison.Ordinal))
            ? $"Web:HostToken must start with '{Access.ApiTokens.Prefix}' and be at least 36 characters long"
        : Proxies.FirstOrDefault(p => !System.Net.IPAddress.TryParse(p, out _)) is { } proxy
            ? $"Web:Proxies holds '{proxy}', which is not an IP address"
        : SignIn is { AttemptsPerAddress: < 1 } or { AttemptsPerAccount: < 1 } or { FailuresBeforeLockout: < 1 } || SignIn.Lockout <= TimeSpan.Zero
            ? "Web:SignIn's limits must be at least 1 and its lockout longer than zero"
        : Map.TileUrl.Length > 0 && string.IsNullOrWhiteSpace(Map.TileAttribution)
            ? "Web:Map:TileAttribution must credit the tiles of Web:Map:TileUrl as their provider requires (for OpenStreetMap: © OpenStreetMap contributors)"
            : null;
}
