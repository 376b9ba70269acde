using CsCheck;
using Waste.Hub.External;

namespace Waste.Broker.Tests.Dialect;

/// <summary>Mosquitto 2.0.11's own wording, as its log said it while these tests' broker ran.</summary>
public class BrokerLogLineTests
{
    [Theory]
    [InlineData("1795720369: New client connected from 127.0.0.1:45378 as bin-0001 (p2, c1, k60, u'bin-0001/80f1b2ba').", "bin-0001")]
    [InlineData("New client connected from ::1:1883 as waste-hub/silo-a (p5, c0, k10, u'waste-cloud').", "waste-hub/silo-a")]
    public void A_connection_is_read_with_its_client_id(string line, string clientId)
    {
        Assert.Equal(new BrokerNotice(BrokerNoticeKind.Connected, clientId), BrokerLogLine.Parse(BrokerLogLine.NoticeTopic, line));
    }

    [Theory]
    [InlineData("1795720369: Client bin-0001 disconnected.")]
    [InlineData("1795720371: Client bin-0001 closed its connection.")]
    [InlineData("1795720371: Client bin-0001 been disconnected by administrative action.")]
    [InlineData("1795720371: Client bin-0001 has exceeded timeout, disconnecting.")]
    [InlineData("1795720371: Client bin-0001 disconnected due to protocol error.")]
    [InlineData("1795720371: Socket error on client bin-0001, disconnecting.")]
    [InlineData("1795722832: Bad socket read/write on client bin-0001: Unknown error.")]
    public void Every_way_a_connection_ends_is_read_as_a_disconnection(string line)
    {
        Assert.Equal(new BrokerNotice(BrokerNoticeKind.Disconnected, "bin-0001"), BrokerLogLine.Parse(BrokerLogLine.NoticeTopic, line));
    }

    [Theory]
    [InlineData("1795720370: Client <unknown> disconnected, not authorised.")]
    [InlineData("1795720370: Client bin-0001 already connected, closing old connection.")]
    [InlineData("1795720370: New connection from 127.0.0.1:45394 on port 28831.")]
    [InlineData("1795720371: dynsec: auto-5F6B/admin | disableClient | username=bin-0001")]
    [InlineData("")]
    [InlineData("Client")]
    [InlineData("New client connected from nowhere")]
    public void Other_lines_say_nothing_about_a_devices_connection(string line)
    {
        Assert.Null(BrokerLogLine.Parse(BrokerLogLine.NoticeTopic, line));
    }

    [Fact]
    public void A_subscription_is_read_with_its_client_and_filter()
    {
        Assert.Equal(
            new BrokerNotice(BrokerNoticeKind.Subscribed, "bin-0001", "devices/bin-0001/messages/devicebound/#"),
            BrokerLogLine.Parse(BrokerLogLine.SubscribeTopic, "1795720369: bin-0001 1 devices/bin-0001/messages/devicebound/#"));
    }

    [Fact]
    public void A_line_on_another_log_topic_is_ignored()
    {
        Assert.Null(BrokerLogLine.Parse("$SYS/broker/log/E", "Client bin-0001 disconnected."));
    }

    [Fact]
    public void No_line_whatever_its_text_makes_the_reader_throw()
    {
        Gen.Select(Gen.Int[0, 2].Select(i => new[] { BrokerLogLine.NoticeTopic, BrokerLogLine.SubscribeTopic, "x" }[i]), Gen.String).Sample((topic, line) =>
        {
            BrokerLogLine.Parse(topic, line);
            BrokerLogLine.Parse(topic, "Client " + line);
            BrokerLogLine.Parse(topic, "New client connected from " + line);
            BrokerLogLine.Parse(topic, "Bad socket read/write on client " + line);
        });
    }
}
