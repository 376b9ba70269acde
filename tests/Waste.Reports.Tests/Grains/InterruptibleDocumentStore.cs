using Waste.Reports.Documents;

namespace Waste.Reports.Tests.Grains;

/// <summary>A real document store that the test can take down and bring back, as an outage or a network partition
/// between a silo and the report store would.</summary>
internal sealed class InterruptibleDocumentStore(IDocumentStore store) : IDocumentStore
{
    /// <summary>While true, every call fails as an unreachable store does.</summary>
    public bool Down { get; set; }

    public Task<StoredDocument?> ReadAsync(DocumentKey key, CancellationToken cancellationToken) =>
        Up() ? store.ReadAsync(key, cancellationToken) : Unreachable<StoredDocument?>();

    public Task<string?> CreateAsync(DocumentKey key, ReadOnlyMemory<byte> json, CancellationToken cancellationToken) =>
        Up() ? store.CreateAsync(key, json, cancellationToken) : Unreachable<string?>();

    public Task<string?> ReplaceAsync(DocumentKey key, ReadOnlyMemory<byte> json, string etag, CancellationToken cancellationToken) =>
        Up() ? store.ReplaceAsync(key, json, etag, cancellationToken) : Unreachable<string?>();

    private bool Up() => !Down;

    private static Task<T> Unreachable<T>() => Task.FromException<T>(new HttpRequestException("report store unreachable (taken down by the test)"));
}
