using System.Globalization;
using Waste.Grains.Planning;
using Waste.Simulation.Kpis;

namespace Waste.Simulator;

/// <summary>Whether the anticipatory policy pays (issue 13's goal): at least 35 % fewer truck-km than daily and 15 %
/// fewer than the tuned static schedule, with no more overflow bin-hours and missed pickups than daily.</summary>
public static class PolicyGoal
{
    /// <summary>The goal's verdict (Spectre markup), or null when the run lacks the three policies it compares.</summary>
    public static string? Verdict(IReadOnlyList<PolicyKpis> results)
    {
        var daily = results.FirstOrDefault(r => r.Policy == SelectionPolicy.Daily);
        var tuned = results.FirstOrDefault(r => r.Policy == SelectionPolicy.TunedStatic);
        var anticipatory = results.FirstOrDefault(r => r.Policy == SelectionPolicy.Anticipatory);
        if (daily is null || tuned is null || anticipatory is null || daily.TruckKm <= 0 || tuned.TruckKm <= 0)
        {
            return null;
        }

        var fewerThanDaily = 1 - anticipatory.TruckKm / daily.TruckKm;
        var fewerThanTuned = 1 - anticipatory.TruckKm / tuned.TruckKm;
        var met = fewerThanDaily >= 0.35 && fewerThanTuned >= 0.15
            && anticipatory.OverflowBinHours <= daily.OverflowBinHours && anticipatory.MissedPickups <= daily.MissedPickups;
        return string.Create(CultureInfo.InvariantCulture,
            $"Goal (anticipatory >= 35 % fewer truck-km than daily, >= 15 % fewer than tuned static, overflow and missed pickups no more than daily): {fewerThanDaily:P1} and {fewerThanTuned:P1} fewer km, overflow {anticipatory.OverflowBinHours:F0} h vs {daily.OverflowBinHours:F0} h, missed {anticipatory.MissedPickups} vs {daily.MissedPickups}: {(met ? "[green]met[/]" : "[red]not met[/]")}");
    }
}
