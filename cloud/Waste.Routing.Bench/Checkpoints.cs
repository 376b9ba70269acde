using System.Globalization;

namespace Waste.Routing.Bench;

/// <summary>The times of <c>--checkpoints</c>: seconds at which our solver's best feasible solution so far is reported.</summary>
public static class Checkpoints
{
    /// <summary>Parses <c>10,60</c> into ascending distinct seconds; empty for no text, null when a part is not a positive
    /// number.</summary>
    public static IReadOnlyList<double>? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var times = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !(seconds > 0) || !double.IsFinite(seconds))
            {
                return null;
            }

            times.Add(seconds);
        }

        return times.Distinct().Order().ToList();
    }
}
