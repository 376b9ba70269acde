namespace Waste.Forecasting;

/// <summary>A bin's fill at a moment: percent of its depth, as the device measured it.</summary>
[GenerateSerializer, Immutable]
public readonly record struct FillObservation([property: Id(0)] DateTimeOffset Time, [property: Id(1)] double FillPercent);
