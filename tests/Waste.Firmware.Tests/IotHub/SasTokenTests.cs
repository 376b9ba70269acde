using System.Security.Cryptography;
using System.Text;
using System.Web;
using Waste.Firmware.Core.IotHub;

namespace Waste.Firmware.Tests.IotHub;

public class SasTokenTests
{
    private const string Key = "dGhpcyBpcyBhIDMyIGJ5dGUgZGV2aWNlIGtleSEhISE=";

    [Fact]
    public void Signs_the_url_encoded_resource_and_expiry_with_the_device_key()
    {
        var token = SasToken.Create("waste-hub.local", "bin-0001", Key, 1764180000, new HostHmacSha256());

        const string resource = "waste-hub.local%2Fdevices%2Fbin-0001";
        var expected = Convert.ToBase64String(
            HMACSHA256.HashData(Convert.FromBase64String(Key), Encoding.UTF8.GetBytes(resource + "\n1764180000")));
        Assert.StartsWith("SharedAccessSignature sr=" + resource + "&sig=", token);
        Assert.EndsWith("&se=1764180000", token);
        var sig = token.Split('&').Single(p => p.StartsWith("sig=", StringComparison.Ordinal))["sig=".Length..];
        Assert.Equal(expected, HttpUtility.UrlDecode(sig));
    }

    [Fact]
    public void Names_the_user_the_way_IoT_Hub_expects()
    {
        Assert.Equal("waste-hub.local/bin-0001/?api-version=2021-04-12", IotHubTopics.UserName("waste-hub.local", "bin-0001"));
        Assert.Equal("devices/bin-0001/messages/events/$.ct=application%2Fjson&$.ce=utf-8",
            IotHubTopics.Telemetry("bin-0001", IotHubTopics.JsonPropertyBag));
    }
}
