using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Waste.Host;
using Waste.TestServers;

namespace Waste.Storage.Tests.Backends;

/// <summary>
/// An Orleans silo on free loopback ports whose grain store is registered exactly as the cloud host does it
/// (<see cref="ConfiguredGrainStorage"/>, from <c>Storage:*</c> settings), so the silo runs the store's start-up
/// (database and container creation, Redis connection) and the suite calls the store it resolved.
/// </summary>
internal sealed class StorageSilo : IAsyncDisposable
{
    /// <summary>The name the store is registered under.</summary>
    public const string StorageName = "contract";

    private readonly IHost _host;

    private StorageSilo(IHost host)
    {
        _host = host;
        Storage = host.Services.GetRequiredKeyedService<IGrainStorage>(StorageName);
    }

    /// <summary>The store, started.</summary>
    public IGrainStorage Storage { get; }


    /// <summary>Starts a silo of <paramref name="serviceId"/> with the store <paramref name="settings"/> configure.</summary>
    public static async Task<StorageSilo> StartAsync(IReadOnlyDictionary<string, string?> settings, string sqliteDatabasePath, string serviceId)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        var ports = LoopbackPorts.Take(2);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(ports[0], ports[1], serviceId: serviceId, clusterId: serviceId)
            .AddConfiguredGrainStorage(StorageName, builder.Configuration, sqliteDatabasePath));
        var host = builder.Build();
        await host.StartAsync();
        return new StorageSilo(host);
    }

    /// <summary>Stops the silo the way a host shuts down, then releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}
