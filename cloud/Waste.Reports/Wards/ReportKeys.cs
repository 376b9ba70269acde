using System.Globalization;
using Waste.Reports.Documents;

namespace Waste.Reports.Wards;

/// <summary>
/// Where each report document lives. One partition per ward (its <c>ZoneKey</c>, <c>district/ward</c>): every report
/// of a ward reads within it, and a ward's documents stay small for decades (a day's totals, a day's collections, a
/// month's alerts), far below a Cosmos DB logical partition's 20 GB. Ids are derived from dates, so a report knows
/// every id it needs and reads each with a point read.
/// </summary>
public static class ReportKeys
{
    /// <summary>A ward's totals for a local day.</summary>
    public static DocumentKey Day(string zoneKey, DateOnly date) => new(zoneKey, $"day:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

    /// <summary>A ward's collections (emptyings) on a local day.</summary>
    public static DocumentKey Collections(string zoneKey, DateOnly date) =>
        new(zoneKey, $"collections:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

    /// <summary>A ward's alerts raised in a local month (the month of <paramref name="date"/>).</summary>
    public static DocumentKey Alerts(string zoneKey, DateOnly date) =>
        new(zoneKey, $"alerts:{date.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
}
