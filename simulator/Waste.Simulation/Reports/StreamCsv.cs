using Waste.Simulation.Kpis;

namespace Waste.Simulation.Reports;

/// <summary>Writes where each policy's kilometres went as CSV: one row per policy and the streams its trucks collect.</summary>
public static class StreamCsv
{
    /// <summary>The header, in column order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["policy", "streams", "truck_km", "truck_days", "disposal_trips", "collected_litres"];

    /// <summary>Writes <paramref name="results"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<PolicyKpis> results) => CsvFile.Write(path, Columns, Rows(results));

    /// <summary>Writes <paramref name="results"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<PolicyKpis> results) => CsvFile.Write(writer, Columns, Rows(results));

    private static IEnumerable<object[]> Rows(IEnumerable<PolicyKpis> results) =>
        from r in results
        from s in r.ByStream.OrderBy(s => s.Key, StringComparer.Ordinal)
        select new object[] { r.Policy.ToString(), s.Key, Math.Round(s.Value.TruckKm, 1), s.Value.TruckDays, s.Value.DisposalTrips, Math.Round(s.Value.CollectedLitres, 1) };
}
