using Waste.Storage.Tests.Backends;
using Waste.Storage.Tests.Contract;

namespace Waste.Storage.Tests;

/// <summary>The contract against the Cosmos DB store and the local Cosmos DB-compatible server.</summary>
public sealed class CosmosStorageContractTests(CosmosBackend backend) : GrainStorageContract(backend), IClassFixture<CosmosBackend>;
