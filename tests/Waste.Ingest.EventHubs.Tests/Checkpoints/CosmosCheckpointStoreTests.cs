using Waste.TestServers.DocumentStores;

namespace Waste.Ingest.EventHubs.Tests.Checkpoints;

/// <summary>The checkpoint store on the local Cosmos DB-compatible server.</summary>
public sealed class CosmosCheckpointStoreTests(CosmosBackend backend) : CheckpointStoreContract(backend), IClassFixture<CosmosBackend>;
