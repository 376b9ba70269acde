using System.Text.Json;

namespace Waste.Reports.Documents;

/// <summary>
/// Typed documents over an <see cref="IDocumentStore"/>: read one, or merge a change into one by read-modify-write
/// with optimistic concurrency. A merge reads the document and its ETag, applies the change, and creates or replaces
/// it only if nobody wrote in between; when someone did (412, or 409 on create) it reads again and retries, so two
/// silos writing one document both land.
/// </summary>
public sealed class JsonDocuments(IDocumentStore store, JsonSerializerOptions json)
{
    /// <summary>How often a merge reads again after losing a race before it gives up.</summary>
    public const int MaxAttempts = 20;

    /// <summary>The document at <paramref name="key"/>, or null when there is none.</summary>
    public async Task<T?> ReadAsync<T>(DocumentKey key, CancellationToken cancellationToken)
        where T : class =>
        await store.ReadAsync(key, cancellationToken) is { } stored ? Deserialize<T>(key, stored) : null;

    /// <summary>Writes <paramref name="change"/>(what is stored, or null) at <paramref name="key"/>. The change may run
    /// more than once and must not mutate its argument's shared parts in a way a retry would count twice: it gets a
    /// fresh copy each time. Nothing is written when the result equals what is stored.</summary>
    /// <exception cref="InvalidOperationException">Other writers won the race <see cref="MaxAttempts"/> times.</exception>
    public async Task MergeAsync<T>(DocumentKey key, Func<T?, T> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await store.ReadAsync(key, cancellationToken);
            var merged = JsonSerializer.SerializeToUtf8Bytes(change(stored is null ? null : Deserialize<T>(key, stored)), json);
            if (stored is not null && merged.AsSpan().SequenceEqual(stored.Json.Span))
            {
                return;
            }

            var etag = stored is null
                ? await store.CreateAsync(key, merged, cancellationToken)
                : await store.ReplaceAsync(key, merged, stored.ETag, cancellationToken);
            if (etag is not null)
            {
                return;
            }

            // Lost a race: let the winner finish before reading again, a little longer each time.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), cancellationToken);
        }

        throw new InvalidOperationException($"document {key}: other writers changed it {MaxAttempts} times while this write was merged in");
    }

    private T Deserialize<T>(DocumentKey key, StoredDocument stored) =>
        JsonSerializer.Deserialize<T>(stored.Json.Span, json) ?? throw new JsonException($"document {key} holds null");
}
