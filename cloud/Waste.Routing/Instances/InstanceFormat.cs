namespace Waste.Routing.Instances;

/// <summary>The instance file formats the benchmark reads.</summary>
public enum InstanceFormat
{
    /// <summary>CVRPLIB / TSPLIB <c>.vrp</c> (A, B, P, X, CMT, Golden).</summary>
    Cvrplib,

    /// <summary>Solomon VRPTW (and Gehring and Homberger's larger sets, same layout).</summary>
    Solomon,

    /// <summary>Kim, Kim and Sahoo's (2006) waste collection VRPTW (<c>102_stop.txt</c> ...).</summary>
    Kim,
}

/// <summary>Tells an instance file's format from its first lines.</summary>
public static class InstanceFormats
{
    /// <summary>The format of the text that starts with <paramref name="head"/>, or null when none fits.</summary>
    public static InstanceFormat? Detect(IEnumerable<string> head)
    {
        var lines = head.Select(l => l.Trim()).Where(l => l.Length > 0).Take(8).ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        // Kim's five header lines are a number followed by a // comment.
        if (lines.Take(5).Count(l => l.Contains("//", StringComparison.Ordinal) && double.TryParse(l.Split("//")[0].Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)) == 5)
        {
            return InstanceFormat.Kim;
        }

        if (lines.Any(l => l.Equals("VEHICLE", StringComparison.OrdinalIgnoreCase)))
        {
            return InstanceFormat.Solomon;
        }

        return lines.Any(l => l.StartsWith("NAME", StringComparison.OrdinalIgnoreCase) || l.StartsWith("DIMENSION", StringComparison.OrdinalIgnoreCase))
            ? InstanceFormat.Cvrplib
            : null;
    }

    /// <summary>The format of the file at <paramref name="path"/>, or null when none fits.</summary>
    public static InstanceFormat? Detect(string path) => Detect(File.ReadLines(path).Take(40));
}
