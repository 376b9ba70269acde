using Waste.TestServers.DocumentStores;
using Waste.Reports.Tests.Contract;

namespace Waste.Reports.Tests;

/// <summary>The report store on a SQLite file.</summary>
public sealed class SqliteReportStoreTests(SqliteBackend backend) : ReportStoreContract(backend), IClassFixture<SqliteBackend>;
