using System.Text.RegularExpressions;
using Waste.Hub.External;
using Waste.Registry;

namespace Waste.Broker.Tests.Dialect;

public partial class DeviceBrokerCredentialsTests
{
    // The example of docs/device-protocol.md ("Shared-broker dialect"); its values were computed apart, with Python's
    // hmac module, from the text of that section.
    private const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    [Fact]
    public void The_user_name_is_the_device_id_and_a_tag_of_its_key()
    {
        Assert.Equal("bin-0001/b4877649", DeviceBrokerCredentials.UserName("bin-0001", Key));
        Assert.Matches(UserNameShape(), DeviceBrokerCredentials.UserName("bin-0001", DeviceKey.Generate()));
    }

    [Fact]
    public void The_password_is_a_base64_hmac_of_the_device_id()
    {
        Assert.Equal("pSL8bcC6/o5BPJYl7AYOwma3x11NTxV/Hd5uPcrKVMI=", DeviceBrokerCredentials.Password("bin-0001", Key));
    }

    [Fact]
    public void Another_key_or_another_device_gives_other_credentials()
    {
        var other = DeviceKey.Generate();

        Assert.NotEqual(DeviceBrokerCredentials.UserName("bin-0001", Key), DeviceBrokerCredentials.UserName("bin-0001", other));
        Assert.NotEqual(DeviceBrokerCredentials.Password("bin-0001", Key), DeviceBrokerCredentials.Password("bin-0001", other));
        Assert.NotEqual(DeviceBrokerCredentials.Password("bin-0001", Key), DeviceBrokerCredentials.Password("bin-0002", Key));
    }

    [GeneratedRegex("^bin-0001/[0-9a-f]{8}$")]
    private static partial Regex UserNameShape();
}
