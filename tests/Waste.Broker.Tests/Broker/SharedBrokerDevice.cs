using System.Text;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Waste.Hub.External;

namespace Waste.Broker.Tests.Broker;

/// <summary>A device as a test drives it on the shared broker: plain MQTTnet with the dialect's credentials (user name
/// and password derived from its key, client id = device id), every received message collected for the test to read.</summary>
public sealed class SharedBrokerDevice : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly Channel<(string Topic, string Payload)> _received = Channel.CreateUnbounded<(string, string)>();
    private readonly int _port;

    public SharedBrokerDevice(string deviceId, string base64Key, int port, MqttProtocolVersion protocol = MqttProtocolVersion.V311)
    {
        DeviceId = deviceId;
        UserName = DeviceBrokerCredentials.UserName(deviceId, base64Key);
        Password = DeviceBrokerCredentials.Password(deviceId, base64Key);
        Protocol = protocol;
        _port = port;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            _received.Writer.TryWrite((e.ApplicationMessage.Topic, Encoding.UTF8.GetString(e.ApplicationMessage.Payload)));
            return Task.CompletedTask;
        };
    }

    public string DeviceId { get; }

    public string UserName { get; init; }

    public string Password { get; init; }

    public string ClientId { get; init; } = "";

    public MqttProtocolVersion Protocol { get; init; }

    public bool IsConnected => _client.IsConnected;

    /// <summary>Connects once and answers how the broker took it.</summary>
    public async Task<MqttClientConnectResultCode> TryConnectAsync()
    {
        var result = await _client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", _port)
            .WithClientId(ClientId.Length > 0 ? ClientId : DeviceId)
            .WithCredentials(UserName, Password)
            .WithProtocolVersion(Protocol)
            .WithCleanSession()
            .Build());
        return result.ResultCode;
    }

    /// <summary>Connects as soon as the broker knows the device (the cloud adds it as the registry announces it) and
    /// subscribes; fails if it is still refused after a generous wait.</summary>
    public async Task ConnectWhenKnownAsync(params string[] subscriptions)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        MqttClientConnectResultCode result;
        while ((result = await TryConnectAsync()) != MqttClientConnectResultCode.Success && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(MqttClientConnectResultCode.Success, result);
        foreach (var filter in subscriptions)
        {
            var granted = await SubscribeAsync(filter);
            Assert.True(granted <= MqttClientSubscribeResultCode.GrantedQoS2, $"{filter}: {granted}");
        }
    }

    /// <summary>Subscribes at QoS 1 and returns the broker's answer.</summary>
    public async Task<MqttClientSubscribeResultCode> SubscribeAsync(string filter) =>
        (await _client.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtLeastOnce)).Items.Single().ResultCode;

    /// <summary>Publishes at QoS 1 and returns the broker's acknowledgement.</summary>
    public async Task<MqttClientPublishReasonCode> PublishAsync(string topic, string payload) =>
        (await _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(Encoding.UTF8.GetBytes(payload))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build())).ReasonCode;

    /// <summary>Publishes a telemetry message on the device's own topic.</summary>
    public Task<MqttClientPublishReasonCode> PublishTelemetryAsync(string payload) =>
        PublishAsync($"devices/{DeviceId}/messages/events/$.ct=application%2Fjson&$.ce=utf-8", payload);

    /// <summary>The next message received, waiting up to <paramref name="wait"/> (ten seconds by default).</summary>
    public async Task<(string Topic, string Payload)> ReceiveAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(10));
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
