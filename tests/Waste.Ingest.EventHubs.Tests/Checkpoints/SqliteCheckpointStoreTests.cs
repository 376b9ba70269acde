using Waste.TestServers.DocumentStores;

namespace Waste.Ingest.EventHubs.Tests.Checkpoints;

/// <summary>The checkpoint store on a SQLite file.</summary>
public sealed class SqliteCheckpointStoreTests(SqliteBackend backend) : CheckpointStoreContract(backend), IClassFixture<SqliteBackend>;
