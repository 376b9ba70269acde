namespace Waste.Grains;

/// <summary>A text's hash that is the same in every process and version (string.GetHashCode differs between runs):
/// for choices that are persisted or must agree across silos.</summary>
public static class StableHash
{
    /// <summary>A non-negative hash of <paramref name="text"/>.</summary>
    public static int Of(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c)) & int.MaxValue;
}
