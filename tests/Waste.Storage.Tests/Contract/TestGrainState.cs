using System.Diagnostics.CodeAnalysis;

namespace Waste.Storage.Tests.Contract;

/// <summary>What Orleans hands a store: the state with its ETag and whether a record exists.</summary>
public sealed class TestGrainState<T>(T state) : IGrainState<T>
{
    [AllowNull]
    public T State { get; set; } = state;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
