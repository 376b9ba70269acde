using System.Globalization;
using Spectre.Console;
using Waste.Grains.Planning;
using Waste.Simulation.Kpis;

namespace Waste.Simulator;

/// <summary>The KPI table on the console: one column per policy, one row per KPI, the cloud's check below.</summary>
public static class KpiTable
{
    /// <summary>The table of <paramref name="results"/>.</summary>
    public static Table Of(IReadOnlyList<PolicyKpis> results)
    {
        var table = PolicyColumns.Table("KPIs per policy (ground truth; cloud's figures as a check)", "KPI", results);

        void Row(string name, Func<PolicyKpis, string> value) => table.AddRow([name, .. results.Select(value)]);
        Row("truck-km", r => N(r.TruckKm, 0));
        foreach (var baseline in results.Where(b => b.Policy is SelectionPolicy.Daily or SelectionPolicy.TunedStatic && b.TruckKm > 0))
        {
            Row($"truck-km against {baseline.Policy}", r => (r.TruckKm / baseline.TruckKm - 1).ToString("+0.0 %;-0.0 %;0.0 %", CultureInfo.InvariantCulture));
        }

        Row("truck-hours", r => N(r.TruckHours, 0));
        Row("collections", r => N(r.Collections, 0));
        Row("avg fill at collection, %", r => N(r.AverageFillAtCollection, 1));
        Row("overflow bin-hours", r => N(r.OverflowBinHours, 0));
        Row("missed pickups", r => N(r.MissedPickups, 0));
        Row("CO2, kg", r => N(r.Co2Kg, 0));
        Row("diesel, L", r => N(r.FuelLitres, 0));
        Row("spilt beside full bins, L", r => N(r.SpiltLitres, 0));
        Row("skips / breakdowns / disposal trips / lunches", r => $"{r.Skips} / {r.Breakdowns} / {r.DisposalTrips} / {r.LunchBreaks}");
        Row("truck-days", r => N(r.TruckDays, 0));
        Row("re-plans the cloud refused", r => N(r.RePlansRefused, 0));
        table.AddEmptyRow();
        Row("cloud: emptyings detected", r => N(r.Cloud.CollectionsDetected, 0));
        Row("cloud: messages / readings stored", r => $"{N(r.Cloud.Messages, 0)} / {N(r.Cloud.ReadingsStored, 0)}");
        Row("cloud: alerts", r => string.Join(", ", r.Cloud.Alerts.Select(a => $"{a.Key} {a.Value}")));
        Row("cloud: refusals", r => r.Cloud.Refusals.Count == 0 ? "none" : string.Join(", ", r.Cloud.Refusals.Select(a => $"{a.Key} {a.Value}")));
        Row("run time, s", r => N(r.RunSeconds, 0));
        Row("planning per depot-day, s (median / max)", r => $"{N(r.PlanSecondsMedian, 1)} / {N(r.PlanSecondsMax, 1)}");
        return table;
    }

    private static string N(double value, int decimals) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);
}
