using CsCheck;
using Waste.Firmware.Core.IotHub;

namespace Waste.Firmware.Tests.IotHub;

public class HubTopicTests
{
    [Fact]
    public void Reads_a_twin_answer()
    {
        var topic = HubTopic.Parse("bin-1", "$iothub/twin/res/200/?$rid=7");

        Assert.Equal(HubMessageKind.TwinResponse, topic.Kind);
        Assert.Equal(200, topic.Status);
        Assert.Equal("7", topic.RequestId);
    }

    [Fact]
    public void Reads_a_desired_patch_version()
    {
        var topic = HubTopic.Parse("bin-1", "$iothub/twin/PATCH/properties/desired/?$version=12");

        Assert.Equal(HubMessageKind.DesiredPatch, topic.Kind);
        Assert.Equal(12, topic.Version);
    }

    [Fact]
    public void Reads_a_method_call()
    {
        var topic = HubTopic.Parse("bin-1", "$iothub/methods/POST/measure_now/?$rid=ab1");

        Assert.Equal(HubMessageKind.MethodCall, topic.Kind);
        Assert.Equal("measure_now", topic.MethodName);
        Assert.Equal("ab1", topic.RequestId);
    }

    [Fact]
    public void Reads_a_cloud_to_device_message_for_this_device_only()
    {
        Assert.Equal(HubMessageKind.CloudToDevice, HubTopic.Parse("bin-1", "devices/bin-1/messages/devicebound/%24.mid=1").Kind);
        Assert.Equal(HubMessageKind.Unknown, HubTopic.Parse("bin-1", "devices/bin-2/messages/devicebound/").Kind);
    }

    [Fact]
    public void Names_the_topics_the_way_IoT_Hub_expects()
    {
        Assert.Equal("$iothub/twin/GET/?$rid=3", IotHubTopics.TwinGet("3"));
        Assert.Equal("$iothub/twin/PATCH/properties/reported/?$rid=4", IotHubTopics.ReportedPatch("4"));
        Assert.Equal("$iothub/methods/res/404/?$rid=9", IotHubTopics.MethodResponse(404, "9"));
        Assert.Equal(
            ["devices/bin-1/messages/devicebound/#", "$iothub/twin/res/#", "$iothub/twin/PATCH/properties/desired/#", "$iothub/methods/POST/#"],
            IotHubTopics.Subscriptions("bin-1"));
    }

    [Fact]
    public void Any_topic_is_read_or_called_unknown_and_never_throws()
    {
        string[] known = ["", "$iothub/twin/res/", "$iothub/methods/POST/", "$iothub/twin/PATCH/properties/desired/", "devices/bin-1/messages/devicebound/"];
        Gen.Select(Gen.Int[0, known.Length - 1].Select(i => known[i]), Gen.String).Sample((prefix, rest) => HubTopic.Parse("bin-1", prefix + rest), iter: 20000);
    }
}
