using Waste.Firmware.Core.IotHub;
using Waste.Hub;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Cloud.Tests.Hub;

public sealed class DeviceAuthenticatorTests : IDisposable
{
    private const string HubName = "waste-hub.local";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1764180000);
    private readonly string _directory = Directory.CreateTempSubdirectory("waste-auth-").FullName;
    private readonly JsonFileDeviceRegistry _registry;
    private readonly DeviceAuthenticator _authenticator;

    public DeviceAuthenticatorTests()
    {
        _registry = new JsonFileDeviceRegistry(Path.Combine(_directory, "devices.json"), RegistryKeyProtection.ForDataDirectory(_directory));
        _authenticator = new DeviceAuthenticator(_registry, HubName);
    }

    public void Dispose()
    {
        _registry.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static string Token(string id, string key) => SasToken.Create(HubName, id, key, Now.AddHours(1).ToUnixTimeSeconds(), new Hmac());

    private static string UserName(string id) => IotHubTopics.UserName(HubName, id);

    [Fact]
    public async Task After_a_rotation_both_the_new_and_the_previous_key_are_accepted_and_a_second_rotation_drops_the_oldest()
    {
        var original = new RegisteredDevice { Id = "bin-1", Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate() };
        var rotated = original with { PrimaryKey = DeviceKey.Generate(), SecondaryKey = original.PrimaryKey };
        var again = rotated with { PrimaryKey = DeviceKey.Generate(), SecondaryKey = rotated.PrimaryKey };

        await _registry.SaveAsync([rotated]);
        Assert.Null(_authenticator.Check("bin-1", UserName("bin-1"), Token("bin-1", rotated.PrimaryKey), Now));
        Assert.Null(_authenticator.Check("bin-1", UserName("bin-1"), Token("bin-1", original.PrimaryKey), Now));

        await _registry.SaveAsync([again]);
        Assert.Equal(ConnectionRefusal.BadSignature, _authenticator.Check("bin-1", UserName("bin-1"), Token("bin-1", original.PrimaryKey), Now));
    }

    [Theory]
    [InlineData("bin-1", "waste-hub.local/bin-2/?api-version=2021-04-12", ConnectionRefusal.BadUserName)]
    [InlineData("bin-1", "other-hub/bin-1/?api-version=2021-04-12", ConnectionRefusal.BadUserName)]
    [InlineData("bin-1", "waste-hub.local/bin-1/", ConnectionRefusal.BadUserName)]
    [InlineData("bin-1", null, ConnectionRefusal.BadUserName)]
    [InlineData("bin/1", "waste-hub.local/bin/1/?api-version=2021-04-12", ConnectionRefusal.BadClientId)]
    [InlineData("", "waste-hub.local//?api-version=2021-04-12", ConnectionRefusal.BadClientId)]
    public async Task A_connection_that_names_itself_wrongly_is_refused(string clientId, string? userName, ConnectionRefusal refusal)
    {
        var device = new RegisteredDevice { Id = "bin-1", Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate() };
        await _registry.SaveAsync([device]);

        Assert.Equal(refusal, _authenticator.Check(clientId, userName, Token("bin-1", device.PrimaryKey), Now));
    }

    [Fact]
    public async Task A_revoked_device_is_refused_even_with_a_valid_token()
    {
        var device = new RegisteredDevice { Id = "bin-1", Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), State = DeviceState.Revoked };
        await _registry.SaveAsync([device]);

        Assert.Equal(ConnectionRefusal.Revoked, _authenticator.Check("bin-1", UserName("bin-1"), Token("bin-1", device.PrimaryKey), Now));
    }

    private sealed class Hmac : IHmacSha256
    {
        public byte[] Compute(byte[] key, byte[] data) => System.Security.Cryptography.HMACSHA256.HashData(key, data);
    }
}
