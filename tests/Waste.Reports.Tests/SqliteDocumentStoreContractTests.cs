using Waste.TestServers.DocumentStores;
using Waste.Reports.Tests.Contract;

namespace Waste.Reports.Tests;

/// <summary>The document store contract against a SQLite file.</summary>
public sealed class SqliteDocumentStoreContractTests(SqliteBackend backend) : DocumentStoreContract(backend), IClassFixture<SqliteBackend>;
