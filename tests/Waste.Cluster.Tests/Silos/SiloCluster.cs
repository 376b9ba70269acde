using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Cluster.Tests.Silos;

/// <summary>
/// Silo processes that form one cluster: the same settings for all (membership, grain storage, hub mode), one data
/// folder each holding a copy of the same device registry, and the HTTP calls the tests make to any of them.
/// </summary>
public sealed class SiloCluster : IAsyncDisposable
{
    private readonly string _hostToken = "wst_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
    private readonly IReadOnlyList<string> _settings;

    /// <summary>Prepares silos named <paramref name="names"/> that will all start with <paramref name="settings"/>.</summary>
    public SiloCluster(IEnumerable<string> names, IEnumerable<string> settings)
    {
        _settings = [.. settings];
        Silos = [.. names.Select(name => new SiloProcess(name, _hostToken))];
    }

    public IReadOnlyList<SiloProcess> Silos { get; }

    public SiloProcess this[string name] => Silos.Single(s => s.Name == name);

    /// <summary>Registers bins (each with a new key) in every silo's registry before the silos start. Each silo
    /// keeps its registry in its own data folder: the same file and key ring are copied to each.</summary>
    public async Task<IReadOnlyList<RegisteredDevice>> RegisterBinsAsync(string prefix, int count)
    {
        var bins = Enumerable.Range(1, count).Select(i => new RegisteredDevice
        {
            Id = $"{prefix}-{i:D4}",
            Kind = DeviceKind.Bin,
            PrimaryKey = DeviceKey.Generate(),
            Stream = WasteStream.Residual,
            CapacityLitres = 240,
        }).ToList();
        var first = Silos[0].DataDirectory;
        using (var registry = JsonFileDeviceRegistry.OpenIn(first))
        {
            await registry.SaveAsync(bins);
        }

        foreach (var silo in Silos.Skip(1))
        {
            CopyFolder(Path.Combine(first, "registry"), Path.Combine(silo.DataDirectory, "registry"));
            CopyFolder(Path.Combine(first, "keys"), Path.Combine(silo.DataDirectory, "keys"));
        }

        return bins;
    }

    /// <summary>Starts every silo at once and waits until each sees all of them active.</summary>
    public async Task StartAsync()
    {
        await Task.WhenAll(Silos.Select(s => s.StartAsync(_settings)));
        await WaitForActiveAsync(Silos);
    }

    /// <summary>Starts one silo again, with the same settings, ports and data folder.</summary>
    public Task RestartAsync(SiloProcess silo) => silo.StartAsync(_settings);

    /// <summary>Waits until every silo in <paramref name="running"/> sees exactly those silos active.</summary>
    public async Task WaitForActiveAsync(IReadOnlyCollection<SiloProcess> running, TimeSpan? within = null)
    {
        var expected = running.Select(s => s.Endpoint).Order(StringComparer.Ordinal).ToList();
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        foreach (var silo in running)
        {
            while (true)
            {
                var active = (await MembersAsync(silo)).Where(m => m.Status == "Active").Select(m => EndpointOf(m.Address)).Order(StringComparer.Ordinal).ToList();
                if (active.SequenceEqual(expected))
                {
                    break;
                }

                Assert.True(DateTime.UtcNow < deadline, $"{silo.Name} sees {string.Join(", ", active)} active, not {string.Join(", ", expected)}");
                await Task.Delay(250);
            }
        }
    }

    /// <summary>The silos <paramref name="silo"/>'s membership view holds.</summary>
    public static async Task<IReadOnlyList<Member>> MembersAsync(SiloProcess silo)
    {
        var cluster = await silo.Http.GetFromJsonAsync<JsonElement>("/api/cluster");
        return [.. cluster.GetProperty("silos").EnumerateArray().Select(s => new Member(s.GetProperty("address").GetString()!, s.GetProperty("status").GetString()!))];
    }

    /// <summary>Where a device's grains are active, as <paramref name="silo"/> finds them.</summary>
    public static async Task<Placement> PlacementAsync(SiloProcess silo, string deviceId)
    {
        var placement = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/cluster/devices/{deviceId}");
        return new Placement(
            EndpointOf(placement.GetProperty("grainSilo").GetString()),
            EndpointOf(placement.GetProperty("sessionSilo").GetString()),
            placement.GetProperty("connected").GetBoolean());
    }

    /// <summary>Waits until a device's session grain knows it connected, as <paramref name="silo"/> finds it.</summary>
    public static async Task WaitUntilConnectedAsync(SiloProcess silo, string deviceId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!(await PlacementAsync(silo, deviceId)).Connected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{deviceId}'s session does not know it connected");
            await Task.Delay(100);
        }
    }

    /// <summary>A bin's live state through <paramref name="silo"/>'s API.</summary>
    public static async Task<JsonElement> BinAsync(SiloProcess silo, string deviceId, CancellationToken cancellationToken = default) =>
        (await silo.Http.GetFromJsonAsync<JsonElement>($"/api/devices/{deviceId}", cancellationToken)).GetProperty("bin");

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }
    }

    // "127.0.0.1:11111@123456789" -> "127.0.0.1:11111": the generation changes when a silo restarts.
    private static string? EndpointOf(string? address) => address?.Split('@')[0];

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>A silo in a membership view: its address and status.</summary>
    public sealed record Member(string Address, string Status);

    /// <summary>Where a device's grain and session grain are active (their silos' endpoints, null when not active),
    /// and whether its session knows it connected.</summary>
    public sealed record Placement(string? GrainSilo, string? SessionSilo, bool Connected);
}
