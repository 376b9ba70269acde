using System.Globalization;
using Spectre.Console;

namespace Waste.Ingest.Bench;

/// <summary>What a fleet-scale run measured.</summary>
internal sealed record FleetScaleResult(
    int Devices, TimeSpan Cadence, TimeSpan? BinIdleAge, bool Paced, int Cores, TimeSpan Registration, Memory Empty, Memory Registered, IReadOnlyList<FleetRound> Rounds,
    long PeakResidentBytes, int SampledGrains, int SampledComplete)
{
    public void Print()
    {
        var last = Rounds[^1];
        var table = new Table().Title($"Fleet scale: {Devices:N0} bins, one reading each every {Cadence.TotalMinutes:0} virtual minutes, through the telemetry pipeline into grains (SQLite)");
        table.AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        void Row(string name, string value) => table.AddRow(name, value);
        Row("cores", Cores.ToString(CultureInfo.InvariantCulture));
        Row("a bin's grain leaves memory after idle", BinIdleAge is { } age ? $"{age.TotalMinutes:0.##} min" : "the host's default");
        Row("rounds paced over the cadence in real time", Paced ? $"yes, {Devices / Cadence.TotalSeconds:0} messages/s offered" : "no, as fast as the host takes them");
        Row("registration (keys generated and encrypted, file written), s", Registration.TotalSeconds.ToString("0", CultureInfo.InvariantCulture));
        Row("resident, host started, GB", Gb(Empty.ResidentBytes));
        Row("resident, registry loaded, GB (managed heap)", $"{Gb(Registered.ResidentBytes)} ({Gb(Registered.ManagedHeapBytes)})");
        foreach (var round in Rounds)
        {
            Row($"round {round.Number}: messages/s (CPU ms per message), sent again", string.Create(CultureInfo.InvariantCulture,
                $"{round.MessagesPerSecond:0} ({round.Cpu.TotalMilliseconds / Math.Max(1, round.Stored):0.000}), {round.Resent:N0}"));
            Row($"round {round.Number}: handed to stored, p50 / p99, ms", string.Create(CultureInfo.InvariantCulture,
                $"{round.P50.TotalMilliseconds:0.0} / {round.P99.TotalMilliseconds:0.0}"));
            Row($"round {round.Number}: resident GB, managed heap GB, activations", string.Create(CultureInfo.InvariantCulture,
                $"{Gb(round.Memory.ResidentBytes)}, {Gb(round.Memory.ManagedHeapBytes)}, {round.Activations:N0}"));
        }

        Row("resident at the last round's end, GB", Gb(last.Memory.ResidentBytes));
        Row("resident at its peak (the whole run), GB", Gb(PeakResidentBytes));
        Row("per bin of the fleet: resident over the registered host, KB", Kb((last.Memory.ResidentBytes - Registered.ResidentBytes) / (double)Devices));
        Row("per bin of the fleet: managed heap over the registered host, KB", Kb((last.Memory.ManagedHeapBytes - Registered.ManagedHeapBytes) / (double)Devices));
        Row("per bin: registry entry, resident (managed heap), KB", string.Create(CultureInfo.InvariantCulture,
            $"{Kb((Registered.ResidentBytes - Empty.ResidentBytes) / (double)Devices)} ({Kb((Registered.ManagedHeapBytes - Empty.ManagedHeapBytes) / (double)Devices)})"));
        Row($"durability ({SampledGrains} grains sampled)", SampledComplete == SampledGrains
            ? $"every reading stored in all {SampledGrains}"
            : $"MISMATCH: {SampledGrains - SampledComplete} grains lack readings");
        AnsiConsole.Write(table);
    }

    private static string Gb(long bytes) => (bytes / 1e9).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Kb(double bytes) => (bytes / 1024).ToString("0.0", CultureInfo.InvariantCulture);
}
