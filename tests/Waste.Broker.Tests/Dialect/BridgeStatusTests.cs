using System.Text;
using Waste.Hub.External;

namespace Waste.Broker.Tests.Dialect;

public class BridgeStatusTests
{
    [Theory]
    [InlineData("waste-hub/bridges/silo-a", "online", "silo-a", true)]
    [InlineData("waste-hub/bridges/silo-b", "offline", "silo-b", false)]
    public void A_status_names_its_bridge_and_whether_it_holds_its_session(string topic, string payload, string bridge, bool online)
    {
        Assert.Equal((bridge, online), BridgeStatus.Parse("waste-hub", topic, Encoding.UTF8.GetBytes(payload)));
    }

    [Theory]
    [InlineData("waste-hub/bridges/silo-a", "")]
    [InlineData("waste-hub/bridges/silo-a", "ONLINE")]
    [InlineData("waste-hub/bridges/", "online")]
    [InlineData("waste-hub/bridges/a/b", "online")]
    [InlineData("other/bridges/silo-a", "online")]
    public void Anything_else_is_no_status(string topic, string payload)
    {
        Assert.Null(BridgeStatus.Parse("waste-hub", topic, Encoding.UTF8.GetBytes(payload)));
    }

    [Fact]
    public void A_bridges_client_id_cannot_be_a_device_id()
    {
        Assert.False(Waste.Registry.DeviceId.IsValid(BridgeStatus.ClientIdOf("waste-hub", "silo-a")));
    }
}
