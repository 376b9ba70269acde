using Waste.Hub;

namespace Waste.Cloud.Tests.Hub;

public class DeviceTopicsTests
{
    [Theory]
    [InlineData("devices/bin-0001/messages/events/", true)]
    [InlineData("devices/bin-0001/messages/events/$.ct=application%2Fjson&$.ce=utf-8", true)]
    [InlineData("$iothub/twin/GET/?$rid=1", true)]
    [InlineData("$iothub/twin/PATCH/properties/reported/?$rid=2", true)]
    [InlineData("$iothub/methods/res/200/?$rid=3", true)]
    [InlineData("devices/bin-0002/messages/events/", false)]
    [InlineData("devices/bin-00011/messages/events/", false)]
    [InlineData("devices/bin-0001/messages/devicebound/", false)]
    [InlineData("devices/bin-0001", false)]
    [InlineData("anything", false)]
    public void A_device_publishes_only_on_its_own_topics(string topic, bool allowed)
    {
        Assert.Equal(allowed, DeviceTopics.MayPublish("bin-0001", topic));
    }

    [Theory]
    [InlineData("devices/bin-0001/messages/devicebound/#", true)]
    [InlineData("$iothub/twin/res/#", true)]
    [InlineData("$iothub/twin/PATCH/properties/desired/#", true)]
    [InlineData("$iothub/methods/POST/#", true)]
    [InlineData("devices/bin-0002/messages/devicebound/#", false)]
    [InlineData("devices/+/messages/devicebound/#", false)]
    [InlineData("devices/bin-0001/messages/devicebound/+/x", false)]
    [InlineData("devices/bin-0001/messages/events/#", false)]
    [InlineData("#", false)]
    [InlineData("$iothub/#", false)]
    public void A_device_subscribes_only_to_its_own_topics(string filter, bool allowed)
    {
        Assert.Equal(allowed, DeviceTopics.MaySubscribe("bin-0001", filter));
    }
}
