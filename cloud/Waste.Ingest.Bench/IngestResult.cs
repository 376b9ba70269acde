using System.Globalization;
using Spectre.Console;

namespace Waste.Ingest.Bench;

/// <summary>What a run measured.</summary>
internal sealed record IngestResult(
    int Devices, int Cores, int ReadingsPerMessage, TimeSpan Elapsed, TimeSpan Cpu, IReadOnlyList<double> LatenciesMs,
    long Commits, long Writes, int SampledGrains, long SampledStored, long SampledAcknowledged)
{
    public double MessagesPerSecond => LatenciesMs.Count / Elapsed.TotalSeconds;

    public void Print()
    {
        var sorted = LatenciesMs.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
        var table = new Table().Title("Ingest: publish (QoS 1) to acknowledgement, which the hub sends only once the readings are persisted");
        table.AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        void Row(string name, string value) => table.AddRow(name, value);
        Row("devices", Devices.ToString(CultureInfo.InvariantCulture));
        Row("cores", Cores.ToString(CultureInfo.InvariantCulture));
        Row("readings per message", ReadingsPerMessage.ToString(CultureInfo.InvariantCulture));
        Row("window, s", Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        Row("messages acknowledged", LatenciesMs.Count.ToString(CultureInfo.InvariantCulture));
        Row("messages/s", MessagesPerSecond.ToString("0", CultureInfo.InvariantCulture));
        Row("readings/s", (MessagesPerSecond * ReadingsPerMessage).ToString("0", CultureInfo.InvariantCulture));
        Row("CPU per message, ms (host and load together)", (Cpu.TotalMilliseconds / Math.Max(1, LatenciesMs.Count)).ToString("0.000", CultureInfo.InvariantCulture));
        Row("CPU used, cores", (Cpu / Elapsed).ToString("0.00", CultureInfo.InvariantCulture));
        Row("latency p50, ms", Percentile(0.50).ToString("0.0", CultureInfo.InvariantCulture));
        Row("latency p99, ms", Percentile(0.99).ToString("0.0", CultureInfo.InvariantCulture));
        Row("latency max, ms", (sorted.Length == 0 ? double.NaN : sorted[^1]).ToString("0.0", CultureInfo.InvariantCulture));
        Row("SQLite group commits/s", (Commits / Elapsed.TotalSeconds).ToString("0", CultureInfo.InvariantCulture));
        Row("grain writes per commit", (Commits == 0 ? 0 : (double)Writes / Commits).ToString("0.0", CultureInfo.InvariantCulture));
        Row($"durability ({SampledGrains} grains sampled)", SampledStored == SampledAcknowledged
            ? $"every acknowledged reading stored ({SampledStored})"
            : $"MISMATCH: {SampledAcknowledged} acknowledged, {SampledStored} stored");
        AnsiConsole.Write(table);
    }
}
