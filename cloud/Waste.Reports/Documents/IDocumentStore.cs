namespace Waste.Reports.Documents;

/// <summary>
/// JSON documents addressed by <see cref="DocumentKey"/>, with point operations only: read one, create one, replace
/// one if it is still the version read. Nothing lists, queries or deletes, so every backend (SQLite, Cosmos DB and its
/// test server) offers the same contract. A call completes only once the backend has the write durably. Numbers are
/// kept as Cosmos DB keeps them, IEEE doubles: whole numbers beyond 2^53 lose precision, so write such values as strings.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The largest document, in bytes of UTF-8 JSON, a store takes: under Cosmos DB's 2 MB item limit with
    /// room for the envelope it adds.</summary>
    public const int MaxDocumentBytes = 1_900_000;

    /// <summary>The document at <paramref name="key"/>, or null when there is none.</summary>
    Task<StoredDocument?> ReadAsync(DocumentKey key, CancellationToken cancellationToken);

    /// <summary>Creates the document at <paramref name="key"/>; returns its ETag, or null when one exists already
    /// (it is left as it was).</summary>
    /// <exception cref="DocumentTooLargeException"><paramref name="json"/> is over <see cref="MaxDocumentBytes"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not one JSON value.</exception>
    Task<string?> CreateAsync(DocumentKey key, ReadOnlyMemory<byte> json, CancellationToken cancellationToken);

    /// <summary>Replaces the document at <paramref name="key"/> if its ETag is still <paramref name="etag"/>; returns
    /// the new ETag, or null when the document changed since, is missing, or never had that ETag (it is left as it
    /// was).</summary>
    /// <exception cref="DocumentTooLargeException"><paramref name="json"/> is over <see cref="MaxDocumentBytes"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not one JSON value.</exception>
    Task<string?> ReplaceAsync(DocumentKey key, ReadOnlyMemory<byte> json, string etag, CancellationToken cancellationToken);
}
