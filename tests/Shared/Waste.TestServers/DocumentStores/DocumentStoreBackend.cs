using Waste.Reports.Documents;

namespace Waste.TestServers.DocumentStores;

/// <summary>One document store under test, with its server when it has one, shared by the tests of one class. Tests
/// keep apart by using partitions of their own.</summary>
public abstract class DocumentStoreBackend : IAsyncLifetime
{
    /// <summary>The store.</summary>
    public IDocumentStore Store { get; protected set; } = null!;

    /// <summary>Drops the store and opens it again on the same data, as a restarted process would.</summary>
    public abstract void Reopen();

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();
}
