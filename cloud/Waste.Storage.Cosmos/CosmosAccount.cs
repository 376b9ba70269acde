using System.Data.Common;
using Microsoft.Azure.Cosmos;

namespace Waste.Storage.Cosmos;

/// <summary>
/// Connects to the account a connection string names. A loopback endpoint is a local emulator or test server: its
/// self-signed certificate is accepted and the client keeps to that one endpoint. Every other endpoint gets the
/// platform's full certificate validation and the SDK's usual region discovery.
/// </summary>
public static class CosmosAccount
{
    /// <summary>A client for the account in <paramref name="connectionString"/>, writing JSON with
    /// <see cref="GrainStateJson.Options"/>.</summary>
    /// <exception cref="ArgumentException">The connection string has no valid AccountEndpoint.</exception>
    public static CosmosClient Connect(string connectionString, string applicationName) =>
        new(connectionString, ClientOptions(Endpoint(connectionString), applicationName));

    /// <summary>The client options for <paramref name="endpoint"/>: Gateway mode and System.Text.Json always; for a
    /// loopback endpoint only, its certificate accepted and the client kept to it.</summary>
    internal static CosmosClientOptions ClientOptions(Uri endpoint, string applicationName)
    {
        var options = new CosmosClientOptions
        {
            ApplicationName = applicationName,
            ConnectionMode = ConnectionMode.Gateway,
            UseSystemTextJsonSerializerWithOptions = GrainStateJson.Options,
        };
        if (endpoint.IsLoopback)
        {
            options.LimitToEndpoint = true;
            options.ServerCertificateCustomValidationCallback = static (_, _, _) => true;
        }

        return options;
    }

    private static Uri Endpoint(string connectionString)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return parts.TryGetValue("AccountEndpoint", out var value) && Uri.TryCreate(value as string, UriKind.Absolute, out var endpoint)
            ? endpoint
            : throw new ArgumentException("the Cosmos DB connection string needs AccountEndpoint=https://...;AccountKey=...;", nameof(connectionString));
    }
}
