namespace Waste.Forecasting;

/// <summary>One cycle of a bin: its hours and the rise seen at its end, censored when the rise was at the cap.</summary>
[GenerateSerializer, Immutable]
public readonly record struct EmptyingCycle(
    [property: Id(0)] double Hours,
    [property: Id(1)] double Rise,
    [property: Id(2)] bool Censored);
