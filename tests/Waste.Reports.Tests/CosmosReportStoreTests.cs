using Waste.TestServers.DocumentStores;
using Waste.Reports.Tests.Contract;

namespace Waste.Reports.Tests;

/// <summary>The report store on the local Cosmos DB-compatible server.</summary>
public sealed class CosmosReportStoreTests(CosmosBackend backend) : ReportStoreContract(backend), IClassFixture<CosmosBackend>;
