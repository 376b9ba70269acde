using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Waste.Simulation.Calibration;

/// <summary>
/// Reads a collection log in the Edinburgh 2016 format (<c>site_id</c>, <c>collected_at_local_europe_london</c>,
/// <c>fill_before_pct</c>, optionally <c>volume_l</c>; other columns ignored). Times are local to
/// <paramref name="timeZone"/>, so cycles across a change of summer time keep their true length. A row that cannot
/// be read (missing or unparsable field, fill outside 0-100) is counted and left out, never thrown.
/// </summary>
public sealed class CollectionLogReader(TimeZoneInfo timeZone)
{
    private const int ReasonsKept = 5;

    /// <summary>The zone of the Edinburgh export's local times.</summary>
    public static TimeZoneInfo EuropeLondon => TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Reads the log in <paramref name="path"/>.</summary>
    public CollectionLog Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads a log from <paramref name="text"/>.</summary>
    public CollectionLog Read(TextReader text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null };
        using var csv = new CsvReader(text, configuration);
        if (!csv.Read() || !csv.ReadHeader())
        {
            throw new InvalidDataException("the collection log is empty");
        }

        foreach (var column in new[] { "site_id", "collected_at_local_europe_london", "fill_before_pct" })
        {
            if (Array.IndexOf(csv.HeaderRecord!, column) < 0)
            {
                throw new InvalidDataException($"the collection log has no '{column}' column");
            }
        }

        var hasVolume = Array.IndexOf(csv.HeaderRecord!, "volume_l") >= 0;
        var events = new List<CollectionEvent>();
        var reasons = new List<string>();
        var rejected = 0;
        while (csv.Read())
        {
            var error = TryRead(csv, hasVolume, out var collection);
            if (collection is not null)
            {
                events.Add(collection);
                continue;
            }

            rejected++;
            if (reasons.Count < ReasonsKept)
            {
                reasons.Add($"row {csv.Parser.Row}: {error}");
            }
        }

        return new CollectionLog(events, rejected, reasons);
    }

    private string? TryRead(CsvReader csv, bool hasVolume, out CollectionEvent? collection)
    {
        collection = null;
        if (!long.TryParse(csv.GetField("site_id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var site))
        {
            return "site_id is not a number";
        }

        if (!DateTime.TryParse(csv.GetField("collected_at_local_europe_london"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return "collected_at is not a date and time";
        }

        if (!double.TryParse(csv.GetField("fill_before_pct"), NumberStyles.Float, CultureInfo.InvariantCulture, out var fill) || fill is < 0 or > 100 || double.IsNaN(fill))
        {
            return "fill_before_pct is not a number within 0-100";
        }

        double? volume = hasVolume && double.TryParse(csv.GetField("volume_l"), NumberStyles.Float, CultureInfo.InvariantCulture, out var litres) && litres > 0 ? litres : null;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (timeZone.IsInvalidTime(unspecified))
        {
            return "collected_at falls in the hour skipped by the change to summer time";
        }

        collection = new CollectionEvent(site, new DateTimeOffset(unspecified, timeZone.GetUtcOffset(unspecified)), fill, volume);
        return null;
    }
}
