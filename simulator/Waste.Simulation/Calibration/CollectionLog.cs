namespace Waste.Simulation.Calibration;

/// <summary>The events read from a collection log, and how many rows were refused and why (the first few reasons).</summary>
public sealed record CollectionLog(IReadOnlyList<CollectionEvent> Events, int RejectedRows, IReadOnlyList<string> Reasons);
