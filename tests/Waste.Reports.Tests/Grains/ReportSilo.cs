using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using Waste.Grains;
using Waste.Grains.Rules;
using Waste.Grains.Zones;
using Waste.Reports.Documents;
using Waste.Storage.Sqlite;
using Waste.Telemetry;
using Waste.TestServers;

namespace Waste.Reports.Tests.Grains;

/// <summary>
/// The grains in a real Orleans silo on free loopback ports, their state in a SQLite file and the report store in
/// another, both in a folder of the test's own; the report store can be taken down. A new silo on the same folder is
/// what a restarted host finds.
/// </summary>
internal sealed class ReportSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ReportSilo(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
    }

    public IGrainFactory Grains { get; }

    /// <summary>The grains' store, as this silo's grains reach it: a test reads a state there, or leaves one as a crash
    /// would have.</summary>
    public IGrainStorage DeviceStorage => _host.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Devices);

    /// <summary>Starts a silo keeping grain state in <paramref name="directory"/> and writing reports to
    /// <paramref name="reports"/>, its grains on <paramref name="eventTime"/>.</summary>
    public static async Task<ReportSilo> StartAsync(string directory, IDocumentStore reports, TimeProvider eventTime)
    {
        var serviceId = $"waste-reports-tests-{Path.GetFileName(directory)}";
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddFilter(level => level >= LogLevel.Error);
        builder.Services.AddKeyedSingleton(EventTime.ServiceKey, eventTime);
        builder.Services.Configure<DeviceRules>(_ => { });
        builder.Services.Configure<WasteDensities>(_ => { });
        builder.Services.AddSingleton<IReportStore>(services => new ReportStore(reports, services.GetRequiredService<IOptions<DeviceRules>>()));
        var ports = LoopbackPorts.Take(2);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(ports[0], ports[1], serviceId: serviceId, clusterId: serviceId)
            .AddSqliteGrainStorage(StorageNames.Devices, options => options.DatabasePath = Path.Combine(directory, "grains.db")));
        var host = builder.Build();
        await host.StartAsync();
        return new ReportSilo(host);
    }

    /// <summary>Stops the silo the way a host shuts down: every grain deactivates.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
