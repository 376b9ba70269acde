namespace Waste.Storage.Tests.Contract;

/// <summary>
/// A grain state written the Orleans way, as the domain's states are: <c>[GenerateSerializer]</c>, <c>[Id]</c>
/// members, a private setter (like <c>SequenceWindow</c>), nullable and nested values.
/// </summary>
[GenerateSerializer]
public sealed class ContractState
{
    [Id(0)] public string Name { get; set; } = "";

    [Id(1)] public int[] Values { get; set; } = [];

    /// <summary>Only <see cref="Count"/> changes it, as only a grain's methods change its state.</summary>
    [Id(2)] public long Counted { get; private set; }

    [Id(3)] public DateTimeOffset? LastSeen { get; set; }

    [Id(4)] public Dictionary<string, double> Readings { get; set; } = [];

    [Id(5)] public byte[] Payload { get; set; } = [];

    public void Count(long more) => Counted += more;
}
