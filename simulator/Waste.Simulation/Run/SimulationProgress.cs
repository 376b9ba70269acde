using Waste.Grains.Planning;

namespace Waste.Simulation.Run;

/// <summary>Where a run is: its policy, the simulated time, and a few running counts for a progress display.</summary>
public sealed record SimulationProgress(
    SelectionPolicy Policy, DateTimeOffset Now, DateTimeOffset Begin, DateTimeOffset End, long ReadingsStored, int Collections, double TruckKm)
{
    /// <summary>Share of the run done, 0-1.</summary>
    public double Done => Math.Clamp((Now - Begin) / (End - Begin), 0, 1);
}
