using System.Globalization;
using Spectre.Console;
using Waste.Grains.Planning;
using Waste.Simulation.Profiling;

namespace Waste.Simulator;

/// <summary><c>--profile</c>'s tables: a run's wall seconds by phase for each simulated day, then the mean day in wall
/// and CPU seconds with what the garbage collector took.</summary>
public static class ProfileTable
{
    private static readonly (ProfilePhase Phase, string Name)[] Phases =
    [
        (ProfilePhase.Devices, "devices"),
        (ProfilePhase.Trucks, "trucks"),
        (ProfilePhase.CrewReports, "crew reports"),
        (ProfilePhase.RePlans, "re-plans"),
        (ProfilePhase.MorningPlans, "morning plans"),
    ];

    /// <summary>Wall seconds by phase, a row per simulated day.</summary>
    public static Table Days(SelectionPolicy policy, RunProfile profile)
    {
        var table = new Table().Title($"{policy}: wall seconds by phase and day").AddColumn("day");
        foreach (var (_, name) in Phases)
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        table.AddColumn(new TableColumn("other").RightAligned()).AddColumn(new TableColumn("day").RightAligned());
        foreach (var day in profile.Days)
        {
            var phases = Phases.Select(p => day.WallOf(p.Phase).TotalSeconds).ToList();
            table.AddRow(
            [
                day.Day.ToString("MM-dd", CultureInfo.InvariantCulture),
                .. phases.Select(s => N(s, 1)),
                N(day.Total.TotalSeconds - phases.Sum(), 1),
                N(day.Total.TotalSeconds, 1),
            ]);
        }

        return table;
    }

    /// <summary>The mean simulated day: wall and CPU seconds by phase, the devices' own CPU, allocations and GC pauses.</summary>
    public static Table MeanDay(SelectionPolicy policy, RunProfile profile)
    {
        var days = profile.Days;
        var table = new Table().Title($"{policy}: the mean of {days.Count} simulated days")
            .AddColumn("phase").AddColumn(new TableColumn("wall, s").RightAligned()).AddColumn(new TableColumn("CPU, s").RightAligned());
        if (days.Count == 0)
        {
            return table;
        }

        double Mean(Func<DayProfile, double> value) => days.Average(value);
        foreach (var (phase, name) in Phases)
        {
            table.AddRow(name, N(Mean(d => d.WallOf(phase).TotalSeconds), 1), N(Mean(d => d.CpuOf(phase).TotalSeconds), 1));
        }

        table.AddRow("whole day", N(Mean(d => d.Total.TotalSeconds), 1), N(Mean(d => d.TotalCpu.TotalSeconds), 1));
        table.AddEmptyRow();
        table.AddRow("device threads (firmware)", "", N(Mean(d => d.FirmwareCpu.TotalSeconds), 1));
        table.AddRow("device wakes", N(Mean(d => d.Wakes), 0), "");
        table.AddRow("allocated, MB (device threads)", $"{N(Mean(d => d.AllocatedBytes / 1e6), 0)} ({N(Mean(d => d.FirmwareAllocatedBytes / 1e6), 0)})", "");
        table.AddRow("GC pauses, s", N(Mean(d => d.GcPause.TotalSeconds), 1), "");
        return table;
    }

    private static string N(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
