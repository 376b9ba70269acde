namespace Waste.Storage.Sqlite;

/// <summary>A write or delete waiting for the next group commit. <see cref="Completion"/> gives the row's new
/// version once the transaction holding it has committed.</summary>
internal sealed record PendingWrite(
    string StateName,
    string GrainId,
    long? ExpectedVersion,
    byte[]? Data)
{
    /// <summary>Completes after commit with the new version (0 for a delete), or fails with the reason.</summary>
    public TaskCompletionSource<long> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True for a delete (clear), false for an insert or update.</summary>
    public bool IsDelete => Data is null;
}
