using Microsoft.Extensions.Options;
using Waste.Grains.Rules;

namespace Waste.Web.Pages.Shared;

/// <summary>What a page's scripts need to draw maps and show times: tiles, where the map opens, the city's clock.</summary>
public sealed class MapSettings(IOptions<WebOptions> web, IOptions<DeviceRules> rules)
{
    /// <summary>The tile URL template; empty for none.</summary>
    public string TileUrl => web.Value.Map.TileUrl;

    /// <summary>The tiles' attribution.</summary>
    public string TileAttribution => web.Value.Map.TileAttribution;

    /// <summary>Where the map opens.</summary>
    public double Latitude => web.Value.Map.Latitude;

    /// <summary>Where the map opens.</summary>
    public double Longitude => web.Value.Map.Longitude;

    /// <summary>The city's offset from UTC, minutes: times are shown on the city's clock.</summary>
    public int UtcOffsetMinutes => (int)rules.Value.UtcOffset.TotalMinutes;
}
