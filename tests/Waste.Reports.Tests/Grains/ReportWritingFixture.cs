using Microsoft.Extensions.Options;
using Waste.Grains.Rules;
using Waste.Reports.Sqlite;

namespace Waste.Reports.Tests.Grains;

/// <summary>A test's own folder with a report store in a SQLite file, which the silo writes through an interruptible
/// wrapper and the test reads directly.</summary>
public abstract class ReportWritingFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("waste-report-grains-").FullName;
    private readonly List<ReportSilo> _silos = [];

    protected ReportWritingFixture()
    {
        var file = new SqliteDocumentStore(Path.Combine(_directory, "reports.db"));
        Store = new InterruptibleDocumentStore(file);
        Reports = new ReportStore(file, Options.Create(new DeviceRules()));
    }

    /// <summary>The report store as the silo reaches it.</summary>
    internal InterruptibleDocumentStore Store { get; }

    /// <summary>The report store as a report reads it.</summary>
    protected ReportStore Reports { get; }

    /// <summary>Starts a silo on this test's folder, its grains on <paramref name="eventTime"/> (the system clock if
    /// none).</summary>
    internal async Task<ReportSilo> StartSiloAsync(TimeProvider? eventTime = null)
    {
        var silo = await ReportSilo.StartAsync(_directory, Store, eventTime ?? TimeProvider.System);
        _silos.Add(silo);
        return silo;
    }

    /// <summary>Stops a silo the way a host shuts down.</summary>
    internal async Task StopAsync(ReportSilo silo)
    {
        _silos.Remove(silo);
        await silo.DisposeAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
