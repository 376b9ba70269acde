namespace Waste.Forecasting;

/// <summary>One cycle of a bin: its hours and the rise seen at its end, censored when the rise was at the cap. Single
/// precision: a bin keeps twenty of them in memory and in every state it writes.</summary>
[GenerateSerializer, Immutable]
public readonly record struct EmptyingCycle(
    [property: Id(0)] float Hours,
    [property: Id(1)] float Rise,
    [property: Id(2)] bool Censored);
