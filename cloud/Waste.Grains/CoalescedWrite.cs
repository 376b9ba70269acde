namespace Waste.Grains;

/// <summary>
/// Group commit for a reentrant grain's state: callers that changed the state while a write was in flight share the
/// next write instead of queuing one each, and no two writes of the state run at once (they would race on its ETag).
/// Each caller returns once a write begun after its change has completed, or throws if the write it started failed.
/// Relies on the grain's single-threaded turns (no locks), and on the storage provider taking its copy of the state
/// when the write begins, as the SQLite, Cosmos DB and Redis providers do: the grain may change it during the write.
/// </summary>
public sealed class CoalescedWrite(Func<Task> write)
{
    private long _changes;
    private long _written;
    private Task _writing = Task.CompletedTask;

    /// <summary>Persists the state as it is now, with whatever else changed meanwhile.</summary>
    public async Task PersistAsync()
    {
        var mine = ++_changes;
        while (_written < mine)
        {
            if (!_writing.IsCompleted)
            {
                // Serialized before this change, or failed for its own caller: wait, then write if still needed.
                await Task.WhenAny(_writing);
                continue;
            }

            _writing = WriteUpToAsync(_changes);
            await _writing;
        }
    }

    private async Task WriteUpToAsync(long changes)
    {
        await write();
        _written = Math.Max(_written, changes);
    }
}
