namespace Waste.Storage.Tests.Backends;

/// <summary>The embedded default: a SQLite file in the backend's own folder.</summary>
public sealed class SqliteBackend : StorageBackend
{
    public override int LargeStateBytes => 8 * 1024 * 1024;

    protected override Task<IReadOnlyDictionary<string, string?>> StartServerAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite" });

    protected override ValueTask StopServerAsync() => ValueTask.CompletedTask;
}
