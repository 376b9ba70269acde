using CsCheck;
using Waste.Hub.External;

namespace Waste.Broker.Tests.Dialect;

public class SharedBrokerTopicsTests
{
    [Theory]
    [InlineData("devices/bin-0001/messages/events/", "bin-0001")]
    [InlineData("devices/bin-0001/$iothub/twin/GET/?$rid=1", "bin-0001")]
    [InlineData("devices/a.b_c:d-e/$iothub/methods/res/200/?$rid=1@silo-a", "a.b_c:d-e")]
    [InlineData("devices/bin 0001/messages/events/", null)]
    [InlineData("devices/bin-0001", null)]
    [InlineData("devices//messages/events/", null)]
    [InlineData("$iothub/twin/GET/?$rid=1", null)]
    [InlineData("waste-hub/bridges/silo-a", null)]
    public void The_device_of_a_topic_is_read_from_its_second_level(string topic, string? device)
    {
        Assert.Equal(device, SharedBrokerTopics.DeviceOf(topic));
    }

    [Theory]
    [InlineData("devices/bin-0001/$iothub/twin/GET/?$rid=1", "$iothub/twin/GET/?$rid=1")]
    [InlineData("devices/bin-0001/$iothub/methods/res/200/?$rid=4", "$iothub/methods/res/200/?$rid=4")]
    [InlineData("devices/bin-0001/messages/events/$.ct=application%2Fjson", "devices/bin-0001/messages/events/$.ct=application%2Fjson")]
    [InlineData("devices/bin-0002/$iothub/twin/GET/?$rid=1", "devices/bin-0002/$iothub/twin/GET/?$rid=1")]
    public void A_dialect_topic_becomes_the_iot_hub_topic_it_stands_for(string topic, string iotHub)
    {
        Assert.Equal(iotHub, SharedBrokerTopics.ToIotHub("bin-0001", topic));
    }

    [Theory]
    [InlineData("$iothub/twin/res/200/?$rid=1", "devices/bin-0001/$iothub/twin/res/200/?$rid=1")]
    [InlineData("$iothub/twin/PATCH/properties/desired/?$version=3", "devices/bin-0001/$iothub/twin/PATCH/properties/desired/?$version=3")]
    [InlineData("$iothub/methods/POST/ping/?$rid=9@silo-a", "devices/bin-0001/$iothub/methods/POST/ping/?$rid=9@silo-a")]
    [InlineData("devices/bin-0001/messages/devicebound/%24.mid=7", "devices/bin-0001/messages/devicebound/%24.mid=7")]
    public void What_the_cloud_sends_goes_under_the_devices_own_topics(string iotHub, string dialect)
    {
        Assert.Equal(dialect, SharedBrokerTopics.ForDevice("bin-0001", iotHub));
    }

    [Fact]
    public void Every_topic_the_cloud_sends_to_a_device_round_trips_to_the_same_iot_hub_topic()
    {
        Gen.Select(Gen.String[Gen.Char["abcdefghij-._:0123456789"], 1, 20], Gen.String[Gen.Char["abcz/?$=&%#+ "], 0, 30]).Sample((id, rest) =>
        {
            var iotHub = "$iothub/" + rest;
            Assert.Equal(iotHub, SharedBrokerTopics.ToIotHub(id, SharedBrokerTopics.ForDevice(id, iotHub)));
            Assert.Equal(id, SharedBrokerTopics.DeviceOf(SharedBrokerTopics.ForDevice(id, iotHub)));
        });
    }

    [Fact]
    public void A_devices_acl_names_only_its_own_topics_and_no_wildcard_before_the_last_level()
    {
        var acl = SharedBrokerTopics.AclOf("bin-0001");

        Assert.Equal(8, acl.Count);
        Assert.All(acl, entry =>
        {
            Assert.StartsWith("devices/bin-0001/", entry.Topic, StringComparison.Ordinal);
            Assert.DoesNotContain('+', entry.Topic);
            Assert.EndsWith("/#", entry.Topic, StringComparison.Ordinal);
        });
        Assert.Contains(("publishClientSend", "devices/bin-0001/messages/events/#"), acl);
        Assert.Contains(("subscribePattern", "devices/bin-0001/messages/devicebound/#"), acl);
        Assert.DoesNotContain(acl, entry => entry.AclType == "publishClientSend" && entry.Topic.Contains("devicebound", StringComparison.Ordinal));
        Assert.DoesNotContain(acl, entry => entry.AclType == "publishClientSend" && entry.Topic.Contains("desired", StringComparison.Ordinal));
    }
}
