using System.Text;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Protocol;
using Waste.Firmware.Core.IotHub;
using Waste.Simulation.Devices;

namespace Waste.EndToEnd.Tests;

/// <summary>A device as a test drives it: plain MQTTnet with the IoT Hub connection rules, every received message
/// collected for the test to read.</summary>
internal sealed class RawDevice(DeviceCredentials credentials, TimeProvider time) : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly Channel<(string Topic, string Payload)> _received = Channel.CreateUnbounded<(string, string)>();

    public string DeviceId => credentials.DeviceId;

    public bool IsConnected => _client.IsConnected;

    public async Task ConnectAsync(params string[] subscriptions)
    {
        _client.ApplicationMessageReceivedAsync += e =>
        {
            _received.Writer.TryWrite((e.ApplicationMessage.Topic, Encoding.UTF8.GetString(e.ApplicationMessage.Payload)));
            return Task.CompletedTask;
        };
        var token = SasToken.Create(credentials.Hub.HostName, DeviceId, credentials.Base64Key, time.GetUtcNow().AddHours(1).ToUnixTimeSeconds(), new HostHmacSha256());
        var result = await _client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer(credentials.Hub.BrokerHost, credentials.Hub.BrokerPort)
            .WithClientId(DeviceId)
            .WithCredentials(IotHubTopics.UserName(credentials.Hub.HostName, DeviceId), token)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V311)
            .Build());
        Assert.Equal(MqttClientConnectResultCode.Success, result.ResultCode);
        foreach (var filter in subscriptions)
        {
            await _client.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtLeastOnce);
        }
    }

    public Task PublishAsync(string topic, string payload, bool retain = false, CancellationToken cancellationToken = default) =>
        _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(Encoding.UTF8.GetBytes(payload))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .Build(), cancellationToken);

    /// <summary>The next message received, waiting up to ten seconds.</summary>
    public async Task<(string Topic, string Payload)> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>True when nothing arrives within a short wait.</summary>
    public async Task<bool> ReceivesNothingAsync()
    {
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        return !_received.Reader.TryPeek(out _);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }
}
