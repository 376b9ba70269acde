namespace Waste.Forecasting;

/// <summary>What the fill model made of a reading.</summary>
[GenerateSerializer, Immutable]
public sealed record ReadingVerdict
{
    /// <summary>How the reading was taken.</summary>
    [Id(0)] public required ReadingOutcome Outcome { get; init; }

    /// <summary>The emptying the reading confirmed, when <see cref="Outcome"/> is <see cref="ReadingOutcome.Emptied"/>.</summary>
    [Id(1)] public Collection? Collection { get; init; }

    /// <summary>The reading updated the level and the rates.</summary>
    public static ReadingVerdict Learnt { get; } = new() { Outcome = ReadingOutcome.Learnt };

    /// <summary>A drop beyond the noise: the next reading decides whether the bin was emptied.</summary>
    public static ReadingVerdict AwaitingConfirmation { get; } = new() { Outcome = ReadingOutcome.AwaitingConfirmation };

    /// <summary>Older than what the model has already seen.</summary>
    public static ReadingVerdict OutOfOrder { get; } = new() { Outcome = ReadingOutcome.OutOfOrder };

    /// <summary>The reading confirmed an emptying.</summary>
    public static ReadingVerdict Emptied(Collection collection) => new() { Outcome = ReadingOutcome.Emptied, Collection = collection };
}

/// <summary>How the fill model took a reading.</summary>
public enum ReadingOutcome
{
    /// <summary>Updated the level and the rates.</summary>
    Learnt,

    /// <summary>A drop waiting for confirmation.</summary>
    AwaitingConfirmation,

    /// <summary>Confirmed an emptying.</summary>
    Emptied,

    /// <summary>Older than the model's level; ignored.</summary>
    OutOfOrder,
}
