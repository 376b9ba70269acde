using System.Globalization;

namespace Waste.Routing.Instances;

/// <summary>
/// A solution of a Kim instance, in the CVRPLIB layout: one line per truck, <c>Route #k: v1 v2 ...</c>, where each visit
/// is a Stop_ID of the instance file (stops and landfills) or <c>lunch</c>, and a last line <c>Cost d</c> (miles).
/// </summary>
public sealed record KimSolution(IReadOnlyList<IReadOnlyList<string>> Routes, double? StatedCost)
{
    /// <summary>The word that marks the lunch break in a route.</summary>
    public const string Lunch = "lunch";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static KimSolution Read(string path) => InstanceText.Read(path, Parse);

    /// <summary>Reads a solution; <paramref name="source"/> names it in errors.</summary>
    public static KimSolution Parse(TextReader reader, string source)
    {
        var routes = new List<IReadOnlyList<string>>();
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

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.StartsWith("Route", StringComparison.OrdinalIgnoreCase) && colon > 0)
            {
                routes.Add(line[(colon + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
            else if (line.StartsWith("Cost", StringComparison.OrdinalIgnoreCase))
            {
                cost = InstanceText.Number(line[4..].Trim(), source, lineNumber);
            }
            else
            {
                throw new InstanceParseException(source, lineNumber, $"expected 'Route #k: ...' or 'Cost ...', found '{InstanceText.Shorten(line)}'");
            }
        }

        return new KimSolution(routes, cost);
    }

    /// <summary>Writes the solution; empty routes are left out.</summary>
    public void Write(TextWriter writer)
    {
        var k = 0;
        foreach (var route in Routes.Where(r => r.Count > 0))
        {
            writer.WriteLine($"Route #{++k}: {string.Join(' ', route)}");
        }

        writer.WriteLine("Cost " + (StatedCost ?? 0).ToString("F2", CultureInfo.InvariantCulture));
    }
}
