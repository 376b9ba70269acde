using Waste.Storage.Tests.Backends;
using Waste.Storage.Tests.Contract;

namespace Waste.Storage.Tests;

/// <summary>The contract against the SQLite store.</summary>
public sealed class SqliteStorageContractTests(SqliteBackend backend) : GrainStorageContract(backend), IClassFixture<SqliteBackend>;
