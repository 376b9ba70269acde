using Waste.Storage.Tests.Backends;
using Waste.Storage.Tests.Contract;

namespace Waste.Storage.Tests;

/// <summary>The contract against Orleans' Redis provider and a private redis-server.</summary>
public sealed class RedisStorageContractTests(RedisBackend backend) : GrainStorageContract(backend), IClassFixture<RedisBackend>;
