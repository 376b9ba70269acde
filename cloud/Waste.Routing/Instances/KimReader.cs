using System.Globalization;

namespace Waste.Routing.Instances;

/// <summary>
/// Reads Kim, Kim and Sahoo's (2006) instance files: five header lines (truck capacity, daily volume, daily stops,
/// lunch seconds, speed in mph, each followed by a // comment), a column header, then one row per place: id, x and y in
/// feet, earliest and latest service start as HHMM, service seconds, load in cubic yards, type (0 depot, 1 stop,
/// 2 landfill). Fields are separated by spaces or tabs (some files leave empty tab fields). Errors name the line.
/// </summary>
public static class KimReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static KimInstance Read(string path) => InstanceText.Read(path, Parse);

    /// <summary>Reads an instance from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static KimInstance Parse(TextReader reader, string source)
    {
        var header = new double[5];
        var lineNumber = 0;
        KimSite? depot = null;
        var landfills = new List<KimSite>();
        var stops = new List<KimSite>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (lineNumber <= 5)
            {
                var value = line.Split("//")[0].Trim();
                header[lineNumber - 1] = InstanceText.Number(value, source, lineNumber);
                if (header[lineNumber - 1] <= 0)
                {
                    throw new InstanceParseException(source, lineNumber, $"header value '{value}' is not positive");
                }

                continue;
            }

            if (lineNumber == 6)
            {
                if (!line.StartsWith("Stop_ID", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InstanceParseException(source, lineNumber, "expected the column header (Stop_ID ...)");
                }

                continue;
            }

            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 8)
            {
                throw new InstanceParseException(source, lineNumber, $"expected 8 fields, found {fields.Length}");
            }

            var site = new KimSite(
                fields[0],
                InstanceText.Number(fields[1], source, lineNumber),
                InstanceText.Number(fields[2], source, lineNumber),
                Clock(fields[3], source, lineNumber),
                Clock(fields[4], source, lineNumber),
                Service(fields[5], source, lineNumber),
                InstanceText.Number(fields[6], source, lineNumber));
            if (site.Latest < site.Earliest)
            {
                throw new InstanceParseException(source, lineNumber, "a window that closes before it opens");
            }

            if (!ids.Add(site.Id))
            {
                throw new InstanceParseException(source, lineNumber, $"stop id {site.Id} appears twice");
            }

            switch (fields[7])
            {
                case "0" when depot is null:
                    depot = site with { Load = 0 };
                    break;
                case "0":
                    throw new UnsupportedInstanceException(source, lineNumber, "a second depot is not supported");
                case "1":
                    if (site.Load < 0)
                    {
                        throw new InstanceParseException(source, lineNumber, $"load '{fields[6]}' is negative");
                    }

                    stops.Add(site);
                    break;
                case "2":
                    landfills.Add(site with { Load = 0 });
                    break;
                default:
                    throw new UnsupportedInstanceException(source, lineNumber, $"stop type '{fields[7]}' is not supported (0 depot, 1 stop, 2 landfill)");
            }
        }

        if (lineNumber < 6 || depot is null || landfills.Count == 0 || stops.Count == 0)
        {
            throw new InstanceParseException(source, lineNumber, "the header, the depot, a landfill or the stops are missing");
        }

        if (header[2] != Math.Floor(header[2]) || header[3] != Math.Floor(header[3]))
        {
            throw new InstanceParseException(source, 3, "the daily stop count and the lunch seconds must be whole numbers");
        }

        return new KimInstance
        {
            Name = Path.GetFileNameWithoutExtension(source),
            Capacity = header[0],
            DailyVolume = header[1],
            MaxStops = (int)header[2],
            LunchSeconds = (int)header[3],
            SpeedMph = header[4],
            Depot = depot,
            Landfills = landfills,
            Stops = stops,
        };
    }

    // HHMM (or HMM): hours and minutes after midnight, 2400 the end of the day. Four times in 1932_stop and 2100_stop
    // have 75 minutes (0775, 875, 1575, 1675); the authors say nothing of them, and they are read as written, that many
    // minutes past the hour (875 is 9:15).
    private static int Clock(string text, string source, int line)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm) || hhmm > 2400)
        {
            throw new InstanceParseException(source, line, $"time '{text}' is not HHMM");
        }

        return (hhmm / 100 * 3600) + (hhmm % 100 * 60);
    }

    private static int Service(string text, string source, int line)
    {
        var seconds = InstanceText.Number(text, source, line);
        return seconds >= 0 && seconds <= 86_400 && seconds == Math.Floor(seconds)
            ? (int)seconds
            : throw new InstanceParseException(source, line, $"service time '{text}' is not a whole number of seconds within a day");
    }
}
