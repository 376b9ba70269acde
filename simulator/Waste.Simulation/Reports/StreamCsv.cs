using System.Globalization;
using CsvHelper;
using Waste.Simulation.Kpis;

namespace Waste.Simulation.Reports;

/// <summary>Writes where each policy's kilometres went as CSV: one row per policy and the streams its trucks collect.</summary>
public static class StreamCsv
{
    /// <summary>The header, in column order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["policy", "streams", "truck_km", "truck_days", "disposal_trips", "collected_litres"];

    /// <summary>Writes <paramref name="results"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<PolicyKpis> results)
    {
        using var writer = new StreamWriter(path);
        Write(writer, results);
    }

    /// <summary>Writes <paramref name="results"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<PolicyKpis> results)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var r in results)
        {
            foreach (var (streams, s) in r.ByStream.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                object[] fields = [r.Policy.ToString(), streams, Math.Round(s.TruckKm, 1), s.TruckDays, s.DisposalTrips, Math.Round(s.CollectedLitres, 1)];
                foreach (var field in fields)
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }
    }
}
