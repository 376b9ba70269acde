using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace Waste.Storage.Sqlite;

/// <summary>Adds the SQLite grain store to a silo.</summary>
public static class SqliteGrainStorageRegistration
{
    /// <summary>Registers a SQLite grain store under <paramref name="name"/>; state is written with Orleans' own
    /// version-tolerant binary serializer. Its <see cref="StorageDamagedException"/> crosses silos as itself (Orleans
    /// serializes only the exceptions of namespaces it is told of), so a caller on any silo can say what was damaged.</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure)
    {
        var options = new SqliteGrainStorageOptions();
        configure(options);
        builder.Services.Configure<ExceptionSerializationOptions>(serialization => serialization.SupportedNamespacePrefixes.Add(typeof(StorageDamagedException).Namespace!));
        builder.Services.AddGrainStorage(name, (services, storageName) => new SqliteGrainStorage(
            storageName,
            options,
            new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()),
            services.GetRequiredService<ILogger<SqliteGrainStorage>>()));
        return builder;
    }
}
