using System.Globalization;

namespace Waste.Routing.Instances;

/// <summary>
/// A CVRPLIB <c>.sol</c> file: routes of customer numbers (1..n, node order of the instance with the depot removed)
/// and the stated cost, read and written.
/// </summary>
public sealed record CvrplibSolution(IReadOnlyList<int[]> Routes, double? StatedCost)
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static CvrplibSolution Read(string path) => InstanceText.Read(path, Parse);

    /// <summary>Reads a solution; <paramref name="source"/> names it in errors.</summary>
    public static CvrplibSolution Parse(TextReader reader, string source)
    {
        var routes = new List<int[]>();
        double? cost = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("Route", StringComparison.OrdinalIgnoreCase))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    throw new InstanceParseException(source, lineNumber, "a route line needs a colon");
                }

                var stops = line[(colon + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                routes.Add(stops.Select(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) && c > 0
                    ? c
                    : throw new InstanceParseException(source, lineNumber, $"customer '{s}' is not a positive integer")).ToArray());
            }
            else if (line.StartsWith("Cost", StringComparison.OrdinalIgnoreCase))
            {
                var value = line[4..].Trim();
                cost = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) && double.IsFinite(c)
                    ? c
                    : throw new InstanceParseException(source, lineNumber, $"cost '{value}' is not a number");
            }
            else
            {
                throw new InstanceParseException(source, lineNumber, $"expected 'Route #k: ...' or 'Cost ...', found '{InstanceText.Shorten(line)}'");
            }
        }

        return new CvrplibSolution(routes, cost);
    }

    /// <summary>Writes the solution in the CVRPLIB format ("Route #k: c1 c2 ...", then "Cost c"), the cost at
    /// <paramref name="decimals"/> decimals; empty routes are left out.</summary>
    public void Write(TextWriter writer, int decimals)
    {
        var k = 0;
        foreach (var route in Routes.Where(r => r.Length > 0))
        {
            writer.WriteLine($"Route #{++k}: {string.Join(' ', route.Select(c => c.ToString(CultureInfo.InvariantCulture)))}");
        }

        writer.WriteLine("Cost " + (StatedCost ?? 0).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }
}
