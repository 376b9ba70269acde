using System.Buffers;
using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Waste.Firmware.Core.IotHub;
using Waste.Simulation.Devices;

namespace Waste.Simulation.Platform;

/// <summary>
/// The firmware's synchronous MQTT link on MQTTnet, for a simulated device: real MQTT 3.1.1 to the hub, QoS 1, each
/// call blocking until the broker answered (run it on the simulation's device threads, never on the thread pool).
/// Messages from the hub wait in a queue until the node asks for them.
/// <para>
/// A wait in <see cref="Deliver"/> is device time, and device time does not pass during one wake of a simulation
/// step: so the link waits (in real time, up to the requested milliseconds) only for the answers the hub owes the
/// device (twin requests it sent); with none owed it hands over what has arrived and returns at once.
/// </para>
/// </summary>
public sealed class MqttNetLink(HubAddress hub) : IMqttLink, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly IMqttClient _client = CreateClient();
    private readonly ConcurrentQueue<(string Topic, byte[] Payload)> _inbox = new();
    private readonly ConcurrentDictionary<string, byte> _owed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly ManualResetEventSlim _answered = new(false, spinCount: 0);
    private bool _subscribed;

    /// <summary>Connections made.</summary>
    public long Connects { get; private set; }

    /// <summary>Messages published and acknowledged.</summary>
    public long Published { get; private set; }

    /// <inheritdoc />
    public bool IsConnected => _client.IsConnected;

    /// <inheritdoc />
    public bool Connect(string clientId, string userName, string password)
    {
        if (!_subscribed)
        {
            _client.ApplicationMessageReceivedAsync += OnReceived;
            _subscribed = true;
        }

        _owed.Clear();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(hub.BrokerHost, hub.BrokerPort)
            .WithClientId(clientId)
            .WithCredentials(userName, password)
            .WithProtocolVersion(MqttProtocolVersion.V311)
            .WithCleanSession()
            .WithTimeout(Timeout)
            .Build();

        // MQTTnet refuses to connect while it is still closing a connection the broker dropped; the device's client
        // connects synchronously and has no such state, so wait for it to settle, briefly.
        for (var attempt = 0; attempt < 40; attempt++)
        {
            try
            {
                using var cancel = new CancellationTokenSource(Timeout);
                var ok = Await(_client.ConnectAsync(options, cancel.Token)).ResultCode == MqttClientConnectResultCode.Success;
                Connects += ok ? 1 : 0;
                return ok;
            }
            catch (InvalidOperationException)
            {
                Thread.Sleep(25);
            }
            catch (Exception e) when (e is MqttCommunicationException or OperationCanceledException)
            {
                return false;
            }
        }

        return false;
    }

    /// <inheritdoc />
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
            var result = Await(_client.SubscribeAsync(options));
            return result.Items.All(i => (int)i.ResultCode < 0x80);
        }
        catch (Exception e) when (e is MqttCommunicationException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public bool Publish(string topic, byte[] payload)
    {
        try
        {
            if (RequestId(topic, "$iothub/twin/") is { } rid)
            {
                _owed[rid] = 0;
            }

            var message = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build();
            var ok = Await(_client.PublishAsync(message)).IsSuccess;
            Published += ok ? 1 : 0;
            return ok;
        }
        catch (Exception e) when (e is MqttCommunicationException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public int Deliver(IMqttMessageHandler handler, int waitMilliseconds)
    {
        // Arrivals release the semaphore once each, so it may hold stale counts: wait in a loop on the queue itself.
        var deadline = Environment.TickCount64 + waitMilliseconds;
        while (_inbox.IsEmpty && !_owed.IsEmpty && _client.IsConnected)
        {
            var left = deadline - Environment.TickCount64;
            if (left <= 0)
            {
                break;
            }

            _arrived.Wait((int)left);
        }

        var count = 0;
        while (_inbox.TryDequeue(out var message))
        {
            handler.OnMessage(message.Topic, message.Payload);
            count++;
        }

        return count;
    }

    /// <inheritdoc />
    public void Disconnect()
    {
        try
        {
            if (_client.IsConnected)
            {
                Await(_client.DisconnectAsync());
            }
        }
        catch (Exception e) when (e is MqttCommunicationException or InvalidOperationException or OperationCanceledException)
        {
            // The hub went first.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Disconnect();
        _client.Dispose();
        _arrived.Dispose();
        _answered.Dispose();
    }

    // Blocks the device thread without spinning: a task's own wait spins first, which with dozens of device threads
    // on two cores burnt about a third of a simulation's CPU (profiled on the 2,000-bin city).
    private T Await<T>(Task<T> task)
    {
        Await((Task)task);
        return task.GetAwaiter().GetResult();
    }

    private void Await(Task task)
    {
        if (!task.IsCompleted)
        {
            _answered.Reset();
            task.GetAwaiter().UnsafeOnCompleted(_answered.Set);
            _answered.Wait();
        }

        task.GetAwaiter().GetResult();
    }

    private static IMqttClient CreateClient() => new MqttClientFactory().CreateMqttClient();

    private Task OnReceived(MqttApplicationMessageReceivedEventArgs e)
    {
        var topic = e.ApplicationMessage.Topic;
        if (RequestId(topic, "$iothub/twin/res/") is { } rid)
        {
            _owed.TryRemove(rid, out _);
        }

        _inbox.Enqueue((topic, e.ApplicationMessage.Payload.ToArray()));
        _arrived.Release();
        return Task.CompletedTask;
    }

    private static string? RequestId(string topic, string prefix)
    {
        if (!topic.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var at = topic.IndexOf("$rid=", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var end = topic.IndexOf('&', at);
        return end < 0 ? topic[(at + 5)..] : topic[(at + 5)..end];
    }
}
