using System.Globalization;
using CsvHelper;

namespace Waste.Simulation.Reports;

/// <summary>Writes a header and rows of fields as CSV in the invariant culture, with CsvHelper: the form every file of
/// a run's output folder shares.</summary>
public static class CsvFile
{
    /// <summary>Writes <paramref name="columns"/> and <paramref name="rows"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<string> columns, IEnumerable<object[]> rows)
    {
        using var writer = new StreamWriter(path);
        Write(writer, columns, rows);
    }

    /// <summary>Writes <paramref name="columns"/> and <paramref name="rows"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<object[]> rows)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }
}
