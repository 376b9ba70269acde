namespace Waste.Ingest.Bench;

/// <summary>One cadence of the fleet: every bin sent its reading.</summary>
internal sealed record FleetRound(int Number, long Stored, TimeSpan Elapsed, TimeSpan Cpu, Memory Memory, int Activations)
{
    public double MessagesPerSecond => Stored / Elapsed.TotalSeconds;
}
