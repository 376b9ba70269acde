using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Cloud.Tests.Registry;

public sealed class JsonFileDeviceRegistryTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("waste-registry-").FullName;

    private string RegistryPath => Path.Combine(_directory, "devices.json");

    private JsonFileDeviceRegistry Open(bool watch = false) =>
        new(RegistryPath, RegistryKeyProtection.ForDataDirectory(_directory), watch);

    private static RegisteredDevice Bin(string id) => new() { Id = id, Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), Stream = WasteStream.Organic, CapacityLitres = 240 };

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Keys_are_encrypted_at_rest_and_read_back_in_clear()
    {
        var device = Bin("bin-0001") with { SecondaryKey = DeviceKey.Generate() };
        using (var registry = Open())
        {
            await registry.SaveAsync([device]);
        }

        var file = await File.ReadAllTextAsync(RegistryPath);
        Assert.DoesNotContain(device.PrimaryKey, file, StringComparison.Ordinal);
        Assert.DoesNotContain(device.SecondaryKey!, file, StringComparison.Ordinal);
        using var reopened = Open();
        Assert.Equal(device, reopened.Find("bin-0001"));
    }

    [Fact]
    public async Task Two_processes_saving_in_turn_keep_each_others_devices()
    {
        using var host = Open();
        using var tool = Open();

        await host.SaveAsync([Bin("from-host")]);
        await tool.SaveAsync([Bin("from-tool")]);
        await host.SaveAsync([Bin("from-host-again")]);

        using var reopened = Open();
        Assert.Equal(["from-host", "from-host-again", "from-tool"], reopened.All().Select(d => d.Id));
    }

    [Fact]
    public async Task A_watching_registry_sees_another_process_revoke_a_device()
    {
        using var host = Open(watch: true);
        await host.SaveAsync([Bin("bin-0009")]);
        var revoked = new TaskCompletionSource<RegisteredDevice>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Changed += device => { if (device.State == DeviceState.Revoked) revoked.TrySetResult(device); };

        using var tool = Open();
        await tool.SaveAsync([tool.Find("bin-0009")! with { State = DeviceState.Revoked }]);

        Assert.Equal("bin-0009", (await revoked.Task.WaitAsync(TimeSpan.FromSeconds(20))).Id);
        Assert.Equal(DeviceState.Revoked, host.Find("bin-0009")!.State);
    }

    [Fact]
    public async Task An_invalid_device_is_refused_and_nothing_is_saved()
    {
        using var registry = Open();

        await Assert.ThrowsAsync<ArgumentException>(() => registry.SaveAsync([Bin("ok"), Bin("not/ok")]));
        await Assert.ThrowsAsync<ArgumentException>(() => registry.SaveAsync([Bin("weak") with { PrimaryKey = "c2hvcnQ=" }]));

        Assert.Empty(registry.All());
        Assert.False(File.Exists(RegistryPath));
    }
}
