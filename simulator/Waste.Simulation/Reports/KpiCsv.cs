using Waste.Simulation.Kpis;

namespace Waste.Simulation.Reports;

/// <summary>Writes the policies' KPIs as CSV (one row per policy, invariant culture).</summary>
public static class KpiCsv
{
    /// <summary>The header, in column order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "policy", "truck_km", "truck_hours", "collections", "avg_fill_at_collection_pct", "overflow_bin_hours", "missed_pickups",
        "fuel_litres", "co2_kg", "spilt_litres", "skips", "breakdowns", "disposal_trips", "lunch_breaks", "truck_days", "replans_refused",
        "cloud_messages", "cloud_readings_stored", "cloud_collections_detected", "cloud_alerts", "cloud_refusals",
        "run_seconds", "plan_seconds_median", "plan_seconds_max",
    ];

    /// <summary>Writes <paramref name="results"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<PolicyKpis> results) => CsvFile.Write(path, Columns, results.Select(Row));

    /// <summary>Writes <paramref name="results"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IEnumerable<PolicyKpis> results) => CsvFile.Write(writer, Columns, results.Select(Row));

    private static object[] Row(PolicyKpis r) =>
    [
        r.Policy.ToString(), Math.Round(r.TruckKm, 1), Math.Round(r.TruckHours, 1), r.Collections, Math.Round(r.AverageFillAtCollection, 1),
        Math.Round(r.OverflowBinHours, 1), r.MissedPickups, Math.Round(r.FuelLitres, 1), Math.Round(r.Co2Kg, 1), Math.Round(r.SpiltLitres, 1),
        r.Skips, r.Breakdowns, r.DisposalTrips, r.LunchBreaks, r.TruckDays, r.RePlansRefused, r.Cloud.Messages, r.Cloud.ReadingsStored, r.Cloud.CollectionsDetected,
        string.Join(' ', r.Cloud.Alerts.Select(a => $"{a.Key}:{a.Value}")), string.Join(' ', r.Cloud.Refusals.Select(a => $"{a.Key}:{a.Value}")),
        Math.Round(r.RunSeconds, 1), Math.Round(r.PlanSecondsMedian, 2), Math.Round(r.PlanSecondsMax, 2),
    ];
}
