using System.Text;

namespace Waste.Reports.Documents;

/// <summary>
/// Where a document lives: its partition (every document a report reads together shares one) and its id within the
/// partition. Both backends take the same keys: ids of letters, digits and <c>- _ . :</c> that start and end with a
/// letter or digit, partitions of any text, so a key that works on SQLite works on Cosmos DB too.
/// </summary>
public readonly record struct DocumentKey
{
    /// <summary>The longest id, in characters (Cosmos DB allows 255 bytes).</summary>
    public const int MaxIdLength = 255;

    /// <summary>The longest partition, in UTF-8 bytes (Cosmos DB allows 2 KB in a partition key value).</summary>
    public const int MaxPartitionBytes = 1024;

    /// <summary>Makes a key.</summary>
    /// <exception cref="ArgumentException">The partition is empty or too long, or the id is empty, too long or has a
    /// character outside <c>A-Z a-z 0-9 - _ . :</c>.</exception>
    public DocumentKey(string partition, string id)
    {
        if (string.IsNullOrEmpty(partition) || Encoding.UTF8.GetByteCount(partition) > MaxPartitionBytes)
        {
            throw new ArgumentException($"a document partition must be 1 to {MaxPartitionBytes} UTF-8 bytes: '{partition}'", nameof(partition));
        }

        // An id goes into Cosmos DB's URLs as a path segment, where "." and ".." would be resolved away: it starts and
        // ends with a letter or digit.
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || !id.All(IsIdCharacter) || !char.IsAsciiLetterOrDigit(id[0]) || !char.IsAsciiLetterOrDigit(id[^1]))
        {
            throw new ArgumentException($"a document id must be 1 to {MaxIdLength} of A-Z a-z 0-9 - _ . : starting and ending with a letter or digit: '{id}'", nameof(id));
        }

        Partition = partition;
        Id = id;
    }

    /// <summary>The partition.</summary>
    public string Partition { get; }

    /// <summary>The id within the partition.</summary>
    public string Id { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Partition} | {Id}";

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}
