using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;
using Waste.Registry;

namespace Waste.Hub;

/// <summary>
/// The MQTT endpoint devices connect to, speaking the Azure IoT Hub device protocol on an MQTTnet broker inside the
/// cloud host. It authenticates each connection against the registry, keeps each device to its own topics, and hands
/// telemetry and twin requests to the cloud; a telemetry message is acknowledged only after its readings are durable.
/// It is also the cloud's channel to the devices connected to it. Nothing a device sends can end the broker's loop.
/// </summary>
public sealed partial class EmbeddedHub : IHostedService, IDeviceChannel, IAsyncDisposable
{
    // Messages the hub sends carry this sender id prefix; the enqueue filter lets them reach their one device only,
    // since every device subscribes to the same $iothub/... filters.
    private const string HubSenderPrefix = "$hub/";

    private readonly HubOptions _options;
    private readonly IDeviceRegistry _registry;
    private readonly DeviceAuthenticator _authenticator;
    private readonly TelemetryPipeline _telemetry;
    private readonly TwinRequests _twinRequests;
    private readonly IDevicePresence _presence;
    private readonly HubMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<EmbeddedHub> _logger;
    private readonly RefusalLog _refusals;
    private readonly MqttServer _server;
    private readonly MethodCalls _methodCalls = new();
    private readonly ConcurrentDictionary<string, byte> _connected = new(StringComparer.Ordinal);

    /// <summary>Creates the hub; it listens once the host starts it.</summary>
    public EmbeddedHub(
        IOptions<HubOptions> options,
        IDeviceRegistry registry,
        TelemetryPipeline telemetry,
        TwinRequests twinRequests,
        IDevicePresence presence,
        HubMetrics metrics,
        [Microsoft.Extensions.DependencyInjection.FromKeyedServices(Waste.Telemetry.EventTime.ServiceKey)] TimeProvider time,
        ILogger<EmbeddedHub> logger)
    {
        _options = options.Value;
        _registry = registry;
        _authenticator = new DeviceAuthenticator(registry, _options.HostName, _options.MaxTokenLifetime);
        _refusals = new RefusalLog(logger, TimeProvider.System);
        _telemetry = telemetry;
        _twinRequests = twinRequests;
        _presence = presence;
        _metrics = metrics;
        _time = time;
        _logger = logger;

        var serverOptions = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Parse(_options.BindAddress))
            .WithDefaultEndpointPort(_options.MqttPort)
            .Build();
        _server = new MqttServerFactory().CreateMqttServer(serverOptions);
        _server.ValidatingConnectionAsync += OnValidatingConnectionAsync;
        _server.ClientConnectedAsync += OnConnectedAsync;
        _server.ClientDisconnectedAsync += OnDisconnectedAsync;
        _server.InterceptingPublishAsync += OnPublishAsync;
        _server.InterceptingSubscriptionAsync += OnSubscribingAsync;
        _server.ClientSubscribedTopicAsync += OnSubscribedAsync;
        _server.InterceptingClientEnqueueAsync += OnEnqueueAsync;
        _registry.Changed += OnDeviceChanged;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _server.StartAsync();
        LogListening(_options.BindAddress, _options.MqttPort, _options.HostName);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => _server.StopAsync(new MqttServerStopOptions());

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _registry.Changed -= OnDeviceChanged;
        _server.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public bool IsConnected(string deviceId) => _connected.ContainsKey(deviceId);

    /// <inheritdoc />
    public string? SharedBroker => null;

    /// <inheritdoc />
    public async Task<bool> SendAsync(string deviceId, string topic, string payload)
    {
        if (!IsConnected(deviceId))
        {
            return false;
        }

        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(Encoding.UTF8.GetBytes(payload))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        await _server.InjectApplicationMessage(new InjectedMqttApplicationMessage(message) { SenderClientId = HubSenderPrefix + deviceId });
        return true;
    }

    /// <inheritdoc />
    public Task<MethodAnswer> InvokeMethodAsync(string deviceId, string method, string payloadJson, TimeSpan timeout) =>
        _methodCalls.CallAsync(deviceId, requestId => SendAsync(deviceId, DeviceTopics.MethodRequest(method, requestId), payloadJson), timeout);

    private Task OnValidatingConnectionAsync(ValidatingConnectionEventArgs e)
    {
        var refusal = _authenticator.Check(e.ClientId, e.UserName, e.Password, _time.GetUtcNow());
        if (refusal is { } reason)
        {
            _metrics.ConnectionRefused(reason);
            e.ReasonCode = reason is ConnectionRefusal.UnknownDevice or ConnectionRefusal.Revoked
                ? MqttConnectReasonCode.NotAuthorized
                : MqttConnectReasonCode.BadUserNameOrPassword;
            _refusals.Refused(e.ClientId, $"connection refused, {reason}", e.UserName ?? "no user name");
        }

        return Task.CompletedTask;
    }

    private async Task OnConnectedAsync(ClientConnectedEventArgs e)
    {
        _connected[e.ClientId] = 0;
        _metrics.DeviceConnected();
        await Guarded(() => _presence.ConnectedAsync(e.ClientId, this), e.ClientId);
    }

    private async Task OnDisconnectedAsync(ClientDisconnectedEventArgs e)
    {
        // A refused connection never connected: only devices that did are counted out.
        if (_connected.TryRemove(e.ClientId, out _))
        {
            _metrics.DeviceDisconnected();
            await Guarded(() => _presence.DisconnectedAsync(e.ClientId, this), e.ClientId);
        }
    }

    private Task OnSubscribingAsync(InterceptingSubscriptionEventArgs e)
    {
        if (!DeviceTopics.MaySubscribe(e.ClientId, e.TopicFilter.Topic))
        {
            _metrics.TopicForbidden("subscribe");
            e.ProcessSubscription = false;
            e.CloseConnection = true;
            _refusals.Refused(e.ClientId, "may not subscribe there: disconnected", e.TopicFilter.Topic);
        }

        return Task.CompletedTask;
    }

    // Queued messages wait until the device's subscription is in place: sent earlier, they would reach no one.
    private async Task OnSubscribedAsync(ClientSubscribedTopicEventArgs e)
    {
        if (DeviceTopics.IsCloudToDeviceFilter(e.ClientId, e.TopicFilter.Topic))
        {
            await Guarded(() => _presence.ListeningAsync(e.ClientId, this), e.ClientId);
        }
    }

    private Task OnEnqueueAsync(InterceptingClientApplicationMessageEnqueueEventArgs e)
    {
        if (e.SenderClientId is { } sender && sender.StartsWith(HubSenderPrefix, StringComparison.Ordinal))
        {
            e.AcceptEnqueue = sender.AsSpan(HubSenderPrefix.Length).SequenceEqual(e.ReceiverClientId);
        }

        return Task.CompletedTask;
    }

    private async Task OnPublishAsync(InterceptingPublishEventArgs e)
    {
        var deviceId = e.ClientId;
        if (deviceId.StartsWith(HubSenderPrefix, StringComparison.Ordinal))
        {
            // The hub's own message on its way to a device (no device id can contain '$' or '/').
            return;
        }

        var topic = e.ApplicationMessage.Topic;
        if (!DeviceTopics.MayPublish(deviceId, topic))
        {
            // Azure IoT Hub closes the connection of a device that publishes outside its topics; MQTT 3.1.1 has no
            // negative acknowledgement to send instead.
            _metrics.TopicForbidden("publish");
            e.ProcessPublish = false;
            e.CloseConnection = true;
            _refusals.Refused(deviceId, "may not publish there: disconnected", topic);
            return;
        }

        if (e.ApplicationMessage.Retain)
        {
            // IoT Hub keeps no retained message; the protocol says none, so one is a device to fix, told as a
            // forbidden publish is: the connection closes, unacknowledged.
            _metrics.PublishRefused("retained");
            e.ProcessPublish = false;
            e.CloseConnection = true;
            _refusals.Refused(deviceId, "retained publish refused: disconnected", topic);
            return;
        }

        // Nothing a device publishes goes to other clients: the hub consumes it.
        e.ProcessPublish = false;
        try
        {
            if (DeviceTopics.IsTelemetryOf(topic, deviceId))
            {
                // Leaving a message unacknowledged means closing the connection: the device resends it.
                e.CloseConnection = !await _telemetry.HandleAsync(deviceId, e.ApplicationMessage.Payload, e.CancellationToken);
            }
            else if (DeviceTopics.TryParseMethodResponse(topic, out var status, out var requestId))
            {
                _methodCalls.Complete(deviceId, requestId, new MethodAnswer(status, Encoding.UTF8.GetString(e.ApplicationMessage.Payload)));
            }
            else if (await _twinRequests.HandleAsync(deviceId, topic, e.ApplicationMessage.Payload.ToArray()) is { } response)
            {
                await SendAsync(deviceId, response.Topic, response.Body);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever failed, the broker's loop goes on; the device may retry.
            e.CloseConnection = true;
            LogRequestFailed(exception, deviceId, Printable(topic));
        }
    }

    private void OnDeviceChanged(RegisteredDevice device)
    {
        if (device.State == DeviceState.Revoked && IsConnected(device.Id))
        {
            _ = DisconnectAsync(device.Id);
        }
    }

    private async Task DisconnectAsync(string deviceId)
    {
        try
        {
            await _server.DisconnectClientAsync(deviceId, new MqttServerClientDisconnectOptions { ReasonCode = MqttDisconnectReasonCode.AdministrativeAction });
            LogRevokedDisconnected(deviceId);
        }
        catch (InvalidOperationException)
        {
            // It left on its own meanwhile.
        }
    }

    private async Task Guarded(Func<Task> action, string deviceId)
    {
        try
        {
            await action();
        }
        catch (Exception exception)
        {
            LogPresenceFailed(exception, deviceId);
        }
    }

    // Client ids and topics come from the network: keep log lines short and free of control characters.
    private static string Printable(string? text) =>
        text is null ? "" : new string([.. text.Take(160).Select(c => char.IsControl(c) ? '?' : c)]);

    [LoggerMessage(Level = LogLevel.Information, Message = "MQTT hub {HostName} listening on {Address}:{Port}")]
    private partial void LogListening(string address, int port, string hostName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request from {DeviceId} on {Topic} failed; connection closed so the device retries")]
    private partial void LogRequestFailed(Exception exception, string deviceId, string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Presence of {DeviceId} not recorded")]
    private partial void LogPresenceFailed(Exception exception, string deviceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revoked device {DeviceId} disconnected")]
    private partial void LogRevokedDisconnected(string deviceId);
}
