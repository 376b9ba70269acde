namespace Waste.Ingest.Bench;

/// <summary>One cadence of the fleet: every bin sent its reading, again when it was not stored (a grain call timed out);
/// <paramref name="P50"/> and <paramref name="P99"/> are from handing a message to the pipeline to its readings stored.</summary>
internal sealed record FleetRound(int Number, long Stored, long Resent, TimeSpan Elapsed, TimeSpan Cpu, Memory Memory, int Activations, TimeSpan P50, TimeSpan P99)
{
    public double MessagesPerSecond => Stored / Elapsed.TotalSeconds;
}
