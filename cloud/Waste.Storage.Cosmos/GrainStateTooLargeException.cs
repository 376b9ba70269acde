namespace Waste.Storage.Cosmos;

/// <summary>A grain's state is larger than one Cosmos DB item may be; nothing was written.</summary>
public sealed class GrainStateTooLargeException(string stateName, string grainId, int bytes, int maxBytes)
    : Exception($"state '{stateName}' of grain '{grainId}' is {bytes} bytes as JSON; a Cosmos DB item holds at most {maxBytes}")
{
    /// <summary>The size the state would have had, in UTF-8 bytes.</summary>
    public int Bytes { get; } = bytes;

    /// <summary>The limit it broke.</summary>
    public int MaxBytes { get; } = maxBytes;
}
