using System.Globalization;
using System.Text.Json;

namespace Waste.EndToEnd.Tests;

/// <summary>Telemetry messages as a device writes them (docs/device-protocol.md), built by tests.</summary>
internal static class TestTelemetry
{
    /// <summary>A message of <paramref name="readings"/>, each an anonymous object of reading members (seq and t
    /// included), on the UTC clock.</summary>
    public static string Message(string deviceId, string kind, DateTimeOffset sent, params object[] readings) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["v"] = 1,
            ["dev"] = deviceId,
            ["kind"] = kind,
            ["clk"] = "utc",
            ["sent"] = sent.ToUnixTimeSeconds(),
            ["r"] = readings,
        });

    /// <summary>Unix seconds, as readings carry them.</summary>
    public static long Seconds(DateTimeOffset time) => time.ToUnixTimeSeconds();

    /// <summary>Sample usage as text for failure messages.</summary>
    public static string Describe(DateTimeOffset time) => time.ToString("u", CultureInfo.InvariantCulture);
}
