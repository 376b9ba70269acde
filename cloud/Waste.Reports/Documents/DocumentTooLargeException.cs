namespace Waste.Reports.Documents;

/// <summary>A document too large for the store was refused before any request; the stored one is unchanged.</summary>
public sealed class DocumentTooLargeException(DocumentKey key, int bytes)
    : Exception($"document {key} is {bytes:N0} bytes of JSON; a store takes at most {IDocumentStore.MaxDocumentBytes:N0}")
{
    /// <summary>The refused document's key.</summary>
    public DocumentKey Key { get; } = key;

    /// <summary>Its size, in UTF-8 bytes.</summary>
    public int Bytes { get; } = bytes;
}
