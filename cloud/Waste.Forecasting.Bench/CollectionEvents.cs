using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Waste.Forecasting.Bench;

/// <summary>One recorded emptying of a bin: where, when, and how full it was found (percent).</summary>
public sealed record CollectionEvent(string SiteId, string Ward, DateTimeOffset Time, double FillBeforePercent);

/// <summary>
/// Emptyings read from a CSV in the Edinburgh open-data format (Enevo's collection events): columns <c>site_id</c>,
/// <c>collected_at_local_europe_london</c> (local time without an offset, converted with the Europe/London rules) and
/// <c>fill_before_pct</c>; <c>address</c>, when present, names the bin's street, its ward here. A row that lacks one
/// of them, or holds a fill outside 0..100, is rejected and counted; a second event of a site at the same second is a
/// duplicate and dropped.
/// </summary>
public sealed record CollectionEvents(IReadOnlyList<CollectionEvent> Events, int Rejected, int Duplicates)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static CollectionEvents ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads events from <paramref name="text"/>; the columns must be there, rows may be bad.</summary>
    public static CollectionEvents Read(TextReader text)
    {
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new InvalidDataException("no header row");
        }

        foreach (var column in new[] { "site_id", "collected_at_local_europe_london", "fill_before_pct" })
        {
            if (!header.Contains(column))
            {
                throw new InvalidDataException($"no column '{column}'");
            }
        }

        var hasWard = header.Contains("address");
        var events = new List<CollectionEvent>();
        var rejected = 0;
        while (csv.Read())
        {
            if (Parse(csv, hasWard) is { } parsed)
            {
                events.Add(parsed);
            }
            else
            {
                rejected++;
            }
        }

        var distinct = events.DistinctBy(e => (e.SiteId, e.Time.ToUnixTimeSeconds())).OrderBy(e => e.Time).ThenBy(e => e.SiteId, StringComparer.Ordinal).ToList();
        return new CollectionEvents(distinct, rejected, events.Count - distinct.Count);
    }

    private static CollectionEvent? Parse(CsvReader csv, bool hasWard)
    {
        var site = csv.GetField("site_id")?.Trim();
        var ward = hasWard ? csv.GetField("address")?.Trim() : null;
        if (string.IsNullOrEmpty(site)
            || !DateTime.TryParse(csv.GetField("collected_at_local_europe_london"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local)
            || local.Kind != DateTimeKind.Unspecified
            || !double.TryParse(csv.GetField("fill_before_pct"), NumberStyles.Float, CultureInfo.InvariantCulture, out var fill)
            || !double.IsFinite(fill) || fill is < 0 or > 100)
        {
            return null;
        }

        return new CollectionEvent(site, string.IsNullOrEmpty(ward) ? "-" : ward, new DateTimeOffset(local, London.GetUtcOffset(local)), fill);
    }
}
