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
            : null;
}
