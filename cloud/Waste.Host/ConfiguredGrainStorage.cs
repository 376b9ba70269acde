using Orleans.Persistence;
using Orleans.Serialization;
using Orleans.Storage;
using StackExchange.Redis;
using Waste.Storage.Cosmos;
using Waste.Storage.Sqlite;

namespace Waste.Host;

/// <summary>
/// Registers the grain store that configuration names: <c>Storage:Provider</c> = <c>Sqlite</c> (the default, one
/// file beside the host), <c>Cosmos</c> (<c>Storage:Cosmos:ConnectionString</c>, <c>:Database</c>, <c>:Container</c>,
/// <c>:MaxDocumentBytes</c>) or <c>Redis</c> (<c>Storage:Redis:ConnectionString</c>, Orleans' own provider).
/// </summary>
public static class ConfiguredGrainStorage
{
    /// <summary>The configuration section read here.</summary>
    public const string Section = "Storage";

    /// <summary>Adds the configured grain store under <paramref name="name"/>; the SQLite store keeps its file at
    /// <paramref name="sqliteDatabasePath"/>.</summary>
    /// <exception cref="InvalidOperationException">The provider is unknown or its connection string is missing.</exception>
    public static ISiloBuilder AddConfiguredGrainStorage(this ISiloBuilder silo, string name, IConfiguration configuration, string sqliteDatabasePath)
    {
        var storage = configuration.GetSection(Section);
        var provider = storage["Provider"] ?? "Sqlite";
        return provider.ToUpperInvariant() switch
        {
            "SQLITE" => silo.AddSqliteGrainStorage(name, options => options.DatabasePath = CheckedAtStart(sqliteDatabasePath)),
            "COSMOS" => silo.AddCosmosGrainStorage(name, options =>
            {
                storage.GetSection("Cosmos").Bind(options);
                Require(options.ConnectionString, "Cosmos");
            }),
            "REDIS" => silo.AddRedisGrainStorage(name, redis => redis.Configure<Serializer>((options, serializer) =>
            {
                var connectionString = storage["Redis:ConnectionString"];
                options.ConfigurationOptions = ConfigurationOptions.Parse(Require(connectionString, "Redis"));
                options.DeleteStateOnClear = true;
                options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            })),
            _ => throw new InvalidOperationException($"{Section}:Provider is '{provider}'; it must be Sqlite, Cosmos or Redis"),
        };
    }

    // Before anything listens: a damaged database, or one that lost acknowledged commits, stops the host with the reason.
    private static string CheckedAtStart(string path)
    {
        SqliteStartCheck.Run(path);
        return path;
    }

    private static string Require(string? connectionString, string provider) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException($"{Section}:Provider is {provider} but {Section}:{provider}:ConnectionString is not set")
            : connectionString;
}
