using Microsoft.Extensions.Options;
using Waste.Grains;
using Waste.Grains.Rules;
using Waste.Reports;
using Waste.Reports.Cosmos;
using Waste.Reports.Documents;
using Waste.Reports.Sqlite;

namespace Waste.Host;

/// <summary>
/// Registers the report store that configuration names: <c>Reports:Provider</c> = <c>Sqlite</c> (a file beside the
/// grain database) or <c>Cosmos</c> (<c>Reports:Cosmos:ConnectionString</c>, <c>:Database</c>, <c>:Container</c>). Unset,
/// it follows the grain store: Cosmos when <c>Storage:Provider</c> is Cosmos (the same account unless told otherwise),
/// else SQLite.
/// </summary>
public static class ConfiguredReportStore
{
    /// <summary>The configuration section read here.</summary>
    public const string Section = "Reports";

    /// <summary>Adds the configured <see cref="IReportStore"/> (and <see cref="ReportStore"/> for reading); the SQLite
    /// store keeps its file at <paramref name="sqliteDatabasePath"/>.</summary>
    /// <exception cref="InvalidOperationException">The provider is unknown or Cosmos has no connection string.</exception>
    public static IServiceCollection AddConfiguredReportStore(this IServiceCollection services, IConfiguration configuration, string sqliteDatabasePath)
    {
        var reports = configuration.GetSection(Section);
        var storageProvider = configuration[$"{ConfiguredGrainStorage.Section}:Provider"] ?? "Sqlite";
        var provider = reports["Provider"] ?? (storageProvider.Equals("Cosmos", StringComparison.OrdinalIgnoreCase) ? "Cosmos" : "Sqlite");
        switch (provider.ToUpperInvariant())
        {
            case "SQLITE":
                services.AddKeyedSingleton<IDocumentStore>(Section, (_, _) => new SqliteDocumentStore(sqliteDatabasePath));
                break;
            case "COSMOS":
                var cosmos = CosmosOptions(reports, configuration);
                services.AddKeyedSingleton<IDocumentStore>(Section, (_, _) => new CosmosDocumentStore(cosmos));
                break;
            default:
                throw new InvalidOperationException($"{Section}:Provider is '{provider}'; it must be Sqlite or Cosmos");
        }

        services.AddSingleton(services => new ReportStore(
            services.GetRequiredKeyedService<IDocumentStore>(Section), services.GetRequiredService<IOptions<DeviceRules>>()));
        services.AddSingleton<IReportStore>(services => services.GetRequiredService<ReportStore>());
        return services;
    }

    private static CosmosDocumentStoreOptions CosmosOptions(IConfigurationSection reports, IConfiguration configuration)
    {
        var options = new CosmosDocumentStoreOptions
        {
            ConnectionString = configuration[$"{ConfiguredGrainStorage.Section}:Cosmos:ConnectionString"] ?? "",
            Database = configuration[$"{ConfiguredGrainStorage.Section}:Cosmos:Database"] ?? new CosmosDocumentStoreOptions().Database,
        };
        reports.GetSection("Cosmos").Bind(options);
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException($"{Section}:Provider is Cosmos but neither {Section}:Cosmos:ConnectionString nor Storage:Cosmos:ConnectionString is set")
            : options;
    }
}
