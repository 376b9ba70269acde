namespace Waste.Ingest.Bench;

/// <summary>One cadence of the fleet: every bin sent its reading, again when it was not stored (a grain call timed out).</summary>
internal sealed record FleetRound(int Number, long Stored, long Resent, TimeSpan Elapsed, TimeSpan Cpu, Memory Memory, int Activations)
{
    public double MessagesPerSecond => Stored / Elapsed.TotalSeconds;
}
