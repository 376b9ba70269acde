using Waste.TestServers.DocumentStores;
using Waste.Reports.Tests.Contract;

namespace Waste.Reports.Tests;

/// <summary>The document store contract against the local Cosmos DB-compatible server.</summary>
public sealed class CosmosDocumentStoreContractTests(CosmosBackend backend) : DocumentStoreContract(backend), IClassFixture<CosmosBackend>;
