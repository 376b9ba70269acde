using System.Buffers;
using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Waste.Firmware.Core.IotHub;

namespace Waste.Firmware.Tests.Hub;

/// <summary>The firmware's MQTT link on the host's MQTT client (MQTTnet), as the simulator will have it: received
/// messages wait in a queue until the node asks for them.</summary>
internal sealed class MqttNetLink : IMqttLink, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly ConcurrentQueue<(string Topic, byte[] Payload)> _inbox = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly int _port;

    public MqttNetLink(int port)
    {
        _port = port;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            _inbox.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray()));
            _arrived.Release();
            return Task.CompletedTask;
        };
    }

    public int Connects { get; private set; }

    public bool IsConnected => _client.IsConnected;

    public bool HasIncomingOn(string topicPrefix) => _inbox.Any(m => m.Topic.StartsWith(topicPrefix, StringComparison.Ordinal));

    public bool Connect(string clientId, string userName, string password)
    {
        Connects++;
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", _port)
            .WithClientId(clientId)
            .WithCredentials(userName, password)
            .WithProtocolVersion(MqttProtocolVersion.V311)
            .WithCleanSession()
            .WithTimeout(Timeout)
            .Build();

        // MQTTnet refuses to connect while it is still closing a connection the broker dropped; the device's client
        // (M2Mqtt) connects synchronously and has no such state, so wait for it to settle, briefly.
        for (var attempt = 0; attempt < 40; attempt++)
        {
            try
            {
                using var cancel = new CancellationTokenSource(Timeout);
                return _client.ConnectAsync(options, cancel.Token).GetAwaiter().GetResult().ResultCode == MqttClientConnectResultCode.Success;
            }
            catch (InvalidOperationException)
            {
                Thread.Sleep(25);
            }
            catch (Exception e) when (e is MqttCommunicationException or OperationCanceledException)
            {
                // Refused or unreachable: not connected.
                return false;
            }
        }

        return false;
    }

    public bool Subscribe(string[] topicFilters)
    {
        try
        {
            var builder = new MqttClientSubscribeOptionsBuilder();
            foreach (var filter in topicFilters)
            {
                builder.WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce);
            }

            var options = builder.Build();
            var result = _client.SubscribeAsync(options).GetAwaiter().GetResult();
            return result.Items.All(i => (int)i.ResultCode < 0x80);
        }
        catch (MqttCommunicationException)
        {
            return false;
        }
    }

    public bool Publish(string topic, byte[] payload)
    {
        try
        {
            var message = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build();
            return _client.PublishAsync(message).GetAwaiter().GetResult().IsSuccess;
        }
        catch (MqttCommunicationException)
        {
            return false;
        }
    }

    public int Deliver(IMqttMessageHandler handler, int waitMilliseconds)
    {
        if (_inbox.IsEmpty && waitMilliseconds > 0)
        {
            _arrived.Wait(waitMilliseconds);
        }

        var count = 0;
        while (_inbox.TryDequeue(out var message))
        {
            handler.OnMessage(message.Topic, message.Payload);
            count++;
        }

        return count;
    }

    public void Disconnect()
    {
        try
        {
            if (_client.IsConnected)
            {
                _client.DisconnectAsync().GetAwaiter().GetResult();
            }
        }
        catch (Exception e) when (e is MqttCommunicationException or InvalidOperationException)
        {
            // The broker went first.
        }
    }

    public void Dispose() => _client.Dispose();
}
