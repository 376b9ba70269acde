using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Runtime.Hosting;

namespace Waste.Storage.Cosmos;

/// <summary>Adds the Cosmos DB grain store to a silo.</summary>
public static class CosmosGrainStorageRegistration
{
    /// <summary>Registers a Cosmos DB grain store under <paramref name="name"/>; it creates its database and container
    /// when the silo starts.</summary>
    public static ISiloBuilder AddCosmosGrainStorage(this ISiloBuilder builder, string name, Action<CosmosGrainStorageOptions> configure)
    {
        var options = new CosmosGrainStorageOptions();
        configure(options);
        builder.Services.AddGrainStorage(name, (services, storageName) => new CosmosGrainStorage(
            storageName,
            options,
            services.GetRequiredService<ILogger<CosmosGrainStorage>>()));
        return builder;
    }
}
