using Waste.Firmware.Core.IotHub;
using Waste.Hub;
using Waste.Registry;

namespace Waste.Cloud.Tests.Hub;

public class SasTokenValidatorTests
{
    private const string Hub = "waste-hub.local";
    private static readonly string Key = DeviceKey.Generate();
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1764180000);
    private static readonly FirmwareHmac Hmac = new();

    private static string DeviceToken(string deviceId, string key, DateTimeOffset expiry) =>
        SasToken.Create(Hub, deviceId, key, expiry.ToUnixTimeSeconds(), Hmac);

    [Fact]
    public void Accepts_the_token_the_firmware_signs()
    {
        Assert.Equal(SasTokenVerdict.Valid, SasTokenValidator.Check(DeviceToken("bin-0001", Key, Now.AddHours(1)), Hub, "bin-0001", Key, Now));
    }

    [Fact]
    public void Refuses_an_expired_token()
    {
        Assert.Equal(SasTokenVerdict.Expired, SasTokenValidator.Check(DeviceToken("bin-0001", Key, Now), Hub, "bin-0001", Key, Now));
    }

    [Fact]
    public void Refuses_a_correctly_signed_token_that_runs_longer_than_the_hub_allows()
    {
        var decade = DeviceToken("bin-0001", Key, Now.AddYears(10));

        Assert.Equal(SasTokenVerdict.TooLong, SasTokenValidator.Check(decade, Hub, "bin-0001", Key, Now, TimeSpan.FromDays(1)));
        Assert.Equal(SasTokenVerdict.Valid, SasTokenValidator.Check(DeviceToken("bin-0001", Key, Now.AddDays(1)), Hub, "bin-0001", Key, Now, TimeSpan.FromDays(1)));
        Assert.Equal(SasTokenVerdict.BadSignature, SasTokenValidator.Check(DeviceToken("bin-0001", DeviceKey.Generate(), Now.AddYears(10)), Hub, "bin-0001", Key, Now, TimeSpan.FromDays(1)));
    }

    [Fact]
    public void Refuses_a_token_signed_with_another_key()
    {
        var token = DeviceToken("bin-0001", DeviceKey.Generate(), Now.AddHours(1));

        Assert.Equal(SasTokenVerdict.BadSignature, SasTokenValidator.Check(token, Hub, "bin-0001", Key, Now));
    }

    [Fact]
    public void Refuses_another_devices_token()
    {
        var token = DeviceToken("bin-0002", Key, Now.AddHours(1));

        Assert.Equal(SasTokenVerdict.WrongResource, SasTokenValidator.Check(token, Hub, "bin-0001", Key, Now));
    }

    [Fact]
    public void Refuses_a_token_whose_expiry_was_extended()
    {
        var token = DeviceToken("bin-0001", Key, Now.AddMinutes(1)).Replace($"se={Now.AddMinutes(1).ToUnixTimeSeconds()}", $"se={Now.AddDays(365).ToUnixTimeSeconds()}", StringComparison.Ordinal);

        Assert.Equal(SasTokenVerdict.BadSignature, SasTokenValidator.Check(token, Hub, "bin-0001", Key, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("password")]
    [InlineData("SharedAccessSignature ")]
    [InlineData("SharedAccessSignature sr=waste-hub.local%2Fdevices%2Fbin-0001&se=99999999999")]
    [InlineData("SharedAccessSignature sr=waste-hub.local%2Fdevices%2Fbin-0001&sig=!!!&se=99999999999")]
    [InlineData("SharedAccessSignature sr=waste-hub.local%2Fdevices%2Fbin-0001&sig=AA%3D%3D&se=soon")]
    [InlineData("SharedAccessSignature sr=x&sig=y&se=1&evil=1")]
    public void Refuses_what_is_not_a_token(string? token)
    {
        Assert.NotEqual(SasTokenVerdict.Valid, SasTokenValidator.Check(token, Hub, "bin-0001", Key, Now));
    }

    private sealed class FirmwareHmac : IHmacSha256
    {
        public byte[] Compute(byte[] key, byte[] data) => System.Security.Cryptography.HMACSHA256.HashData(key, data);
    }
}
