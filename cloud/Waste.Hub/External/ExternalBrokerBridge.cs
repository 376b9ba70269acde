using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using Waste.Registry;

namespace Waste.Hub.External;

/// <summary>
/// The cloud's side of an external Mosquitto that devices connect to in the shared-broker dialect. Every silo runs
/// one: it keeps the broker's device credentials in step with the registry, consumes telemetry and twin requests
/// through MQTT 5 shared subscriptions so each message is handled by one silo only and acknowledged only once stored,
/// follows devices' connections through the broker's log, and is the cloud's channel to the devices (cloud-to-device
/// messages, desired patches, direct methods), all of which it publishes on the devices' own topics.
/// </summary>
public sealed partial class ExternalBrokerBridge : IHostedService, IDeviceChannel, IAsyncDisposable
{
    private static readonly TimeSpan LogCheckTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan StatusSettleTime = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SyncRetryPause = TimeSpan.FromSeconds(5);
    private const int StartAttempts = 5;

    private readonly ExternalBrokerOptions _options;
    private readonly IDeviceRegistry _registry;
    private readonly TelemetryPipeline _telemetry;
    private readonly TwinRequests _twinRequests;
    private readonly IDevicePresence _presence;
    private readonly HubMetrics _metrics;
    private readonly ILogger<ExternalBrokerBridge> _logger;
    private readonly ILoggerFactory _loggers;
    private readonly DynamicSecurityControl _control;
    private readonly BrokerCredentialSync _credentials;
    private readonly BridgeRoster _roster;
    private readonly MethodCalls _methodCalls = new();
    private readonly ConcurrentDictionary<string, byte> _connected = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _departed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, BridgeSession> _held = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sessionless = new(StringComparer.Ordinal);
    private readonly Channel<Func<Task>> _events = Channel.CreateUnbounded<Func<Task>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _logSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly BridgeSession _own;
    private Task _eventLoop = Task.CompletedTask;
    private int _disposed;

    /// <summary>Creates the bridge; it connects once the host starts it.</summary>
    public ExternalBrokerBridge(
        IOptions<ExternalBrokerOptions> options,
        IDeviceRegistry registry,
        TelemetryPipeline telemetry,
        TwinRequests twinRequests,
        IDevicePresence presence,
        HubMetrics metrics,
        ILoggerFactory loggers)
    {
        _options = options.Value;
        if (!ExternalBrokerBridgeId.IsValid(_options.BridgeId))
        {
            throw new InvalidOperationException($"{ExternalBrokerOptions.Section}:BridgeId '{_options.BridgeId}' must be 1-64 letters, digits, '-', '.' or '_'");
        }

        if (string.IsNullOrEmpty(_options.UserName) || string.IsNullOrEmpty(_options.Password))
        {
            throw new InvalidOperationException($"{ExternalBrokerOptions.Section}:UserName and :Password must name the cloud's dynamic-security client");
        }

        _registry = registry;
        _telemetry = telemetry;
        _twinRequests = twinRequests;
        _presence = presence;
        _metrics = metrics;
        _loggers = loggers;
        _logger = loggers.CreateLogger<ExternalBrokerBridge>();
        _control = new DynamicSecurityControl(_options, BridgeStatus.ClientIdOf(_options.Group, _options.BridgeId) + "/control");
        _credentials = new BrokerCredentialSync(_control, _options, loggers.CreateLogger<BrokerCredentialSync>());
        _roster = new BridgeRoster(_options.BridgeId);
        _own = NewSession(_options.BridgeId, isOwn: true);
    }

    /// <summary>This bridge's id.</summary>
    public string BridgeId => _options.BridgeId;

    /// <summary>The ids of the bridges whose orphaned sessions this one holds now.</summary>
    public IReadOnlyCollection<string> HeldSessions => [.. _held.Keys];

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The cloud's client may publish to devices only once it has the bridge role, and its will needs that too.
        // Silos starting together on a new broker each give it the role, which disconnects the others' control
        // connections: the steps are idempotent, so they are tried again. Changes the registry announces meanwhile wait
        // for the event loop.
        _registry.Changed += OnDeviceChanged;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _credentials.GrantBridgeAsync(cancellationToken);
                await _credentials.SyncAllAsync(_registry.All(), cancellationToken);
                break;
            }
            catch (MQTTnet.Exceptions.MqttCommunicationException e) when (attempt < StartAttempts)
            {
                LogStartRetried(attempt, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }

        _eventLoop = Task.Run(RunEventsAsync, CancellationToken.None);
        await _own.StartAsync(cancellationToken);
        LogStarted(_options.BridgeId, _options.Host, _options.Port, _options.Group);
        if (await Task.WhenAny(_logSeen.Task, Task.Delay(LogCheckTimeout, cancellationToken)) != _logSeen.Task)
        {
            LogNoBrokerLog();
        }
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _registry.Changed -= OnDeviceChanged;
        await _stopping.CancelAsync();
        _events.Writer.TryComplete();
        await _eventLoop;
        foreach (var held in _held.Values)
        {
            await held.StopAsync();
        }

        await _own.StopAsync();
    }

    /// <summary>Drops every connection without a word, as a killed silo would.</summary>
    public async ValueTask DisposeAsync()
    {
        // The host disposes it twice: as itself and as the hosted service its factory returned.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _registry.Changed -= OnDeviceChanged;
        await _stopping.CancelAsync();
        _events.Writer.TryComplete();
        foreach (var held in _held.Values)
        {
            await held.DisposeAsync();
        }

        await _own.DisposeAsync();
        await _control.DisposeAsync();
    }

    /// <inheritdoc />
    public bool IsConnected(string deviceId) => _connected.ContainsKey(deviceId);

    /// <inheritdoc />
    public string? SharedBroker => _options.Group;

    /// <inheritdoc />
    /// <remarks>Refused only for a device this bridge saw leave: a device that connected before this bridge started
    /// (its silo restarted, or joined later) is known to its session grain, not to the bridge.</remarks>
    public async Task<bool> SendAsync(string deviceId, string topic, string payload) =>
        !_departed.ContainsKey(deviceId) && await PublishAsync(SharedBrokerTopics.ForDevice(deviceId, topic), payload);

    /// <inheritdoc />
    public Task<MethodAnswer> InvokeMethodAsync(string deviceId, string method, string payloadJson, TimeSpan timeout) =>
        // Every silo sees every answer: the request id names this bridge, so only this one takes it.
        _methodCalls.CallAsync(deviceId, requestId => SendAsync(deviceId, DeviceTopics.MethodRequest(method, requestId + "@" + BridgeId), payloadJson), timeout);

    private BridgeSession NewSession(string bridgeId, bool isOwn) =>
        new(_options, bridgeId, isOwn, OnMessage, OnOwnSessionConnectedAsync, _loggers.CreateLogger<BridgeSession>());

    private async Task OnOwnSessionConnectedAsync(BridgeSession session)
    {
        // The broker's log first, live news only (after an outage, what happened meanwhile is no use as a replay):
        // the second subscription is then logged to this bridge, which proves the broker publishes its log.
        await SubscribeAsync(session, new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(BrokerLogLine.NoticeTopic, MqttQualityOfServiceLevel.AtMostOnce)
            .WithTopicFilter(BrokerLogLine.SubscribeTopic, MqttQualityOfServiceLevel.AtMostOnce));
        var subscriptions = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(SharedBrokerTopics.MethodAnswers, MqttQualityOfServiceLevel.AtMostOnce)
            .WithTopicFilter(BridgeStatus.TopicPrefix(_options.Group) + "+", MqttQualityOfServiceLevel.AtLeastOnce);
        foreach (var filter in SharedBrokerTopics.SharedByBridges)
        {
            subscriptions.WithTopicFilter($"$share/{_options.Group}/{filter}", MqttQualityOfServiceLevel.AtLeastOnce);
        }

        await SubscribeAsync(session, subscriptions);
        await session.PublishStatusAsync(BridgeStatus.Online, CancellationToken.None);
    }

    private static async Task SubscribeAsync(BridgeSession session, MqttClientSubscribeOptionsBuilder subscriptions)
    {
        var result = await session.Client.SubscribeAsync(subscriptions.Build());
        if (result.Items.FirstOrDefault(i => (int)i.ResultCode > 2) is { } refused)
        {
            throw new InvalidOperationException($"Mosquitto refused the bridge's subscription to {refused.TopicFilter.Topic}: {refused.ResultCode}");
        }
    }

    private Task<bool> OnMessage(BridgeSession session, MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        var topic = message.Topic;
        if (SharedBrokerTopics.DeviceOf(topic) is { } deviceId)
        {
            var iotHubTopic = SharedBrokerTopics.ToIotHub(deviceId, topic);
            if (DeviceTopics.TryParseMethodResponse(iotHubTopic, out var status, out var requestId))
            {
                var suffix = "@" + BridgeId;
                if (session.IsOwn && requestId.EndsWith(suffix, StringComparison.Ordinal))
                {
                    _methodCalls.Complete(deviceId, requestId[..^suffix.Length], new MethodAnswer(status, Encoding.UTF8.GetString(message.Payload)));
                }

                return Task.FromResult(true);
            }

            // The payload's buffer belongs to the receiving loop: the copy outlives it.
            var payload = message.Payload.ToArray();
            return Task.Run(() => HandleDeviceMessageAsync(deviceId, topic, iotHubTopic, payload, cancellationToken), CancellationToken.None);
        }

        // A held session's copies of presence and status news: this bridge's own session has them too.
        if (session.IsOwn)
        {
            var text = Encoding.UTF8.GetString(message.Payload);
            if (BrokerLogLine.Parse(topic, text) is { } notice)
            {
                _events.Writer.TryWrite(() => OnNoticeAsync(notice));
            }
            else if (BridgeStatus.Parse(_options.Group, topic, Encoding.UTF8.GetBytes(text)) is { } bridge)
            {
                _events.Writer.TryWrite(() => OnBridgeStatusAsync(bridge.BridgeId, bridge.Online));
            }
        }

        return Task.FromResult(true);
    }

    private async Task<bool> HandleDeviceMessageAsync(string deviceId, string topic, string iotHubTopic, byte[] payload, CancellationToken cancellationToken)
    {
        if (DeviceTopics.IsTelemetryOf(topic, deviceId))
        {
            return await _telemetry.HandleAsync(deviceId, new ReadOnlySequence<byte>(payload), cancellationToken);
        }

        try
        {
            if (await _twinRequests.HandleAsync(deviceId, iotHubTopic, payload) is { } response)
            {
                await PublishAsync(SharedBrokerTopics.ForDevice(deviceId, response.Topic), response.Body);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A twin request is answered or not; the device asks again with a new request id when it wants.
            LogRequestFailed(exception, deviceId, iotHubTopic);
        }

        return true;
    }

    private async Task<bool> PublishAsync(string topic, string payload)
    {
        try
        {
            var result = await _own.Client.PublishAsync(new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(Encoding.UTF8.GetBytes(payload))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build());
            return result.ReasonCode is MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers;
        }
        catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException or ObjectDisposedException)
        {
            return false;
        }
    }

    private async Task RunEventsAsync()
    {
        await foreach (var handle in _events.Reader.ReadAllAsync())
        {
            try
            {
                await handle();
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !_stopping.IsCancellationRequested)
            {
                LogEventFailed(exception);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task OnNoticeAsync(BrokerNotice notice)
    {
        if (notice.ClientId == BridgeStatus.ClientIdOf(_options.Group, BridgeId))
        {
            _logSeen.TrySetResult();
            return;
        }

        if (!DeviceId.IsValid(notice.ClientId))
        {
            return;
        }

        var deviceId = notice.ClientId;
        switch (notice.Kind)
        {
            case BrokerNoticeKind.Connected:
                _departed.TryRemove(deviceId, out _);
                if (_connected.TryAdd(deviceId, 0))
                {
                    _metrics.DeviceConnected();
                }

                await _presence.ConnectedAsync(deviceId, this);
                break;
            case BrokerNoticeKind.Subscribed when IsConnected(deviceId) && DeviceTopics.IsCloudToDeviceFilter(deviceId, notice.TopicFilter!):
                await _presence.ListeningAsync(deviceId, this);
                break;
            case BrokerNoticeKind.Disconnected:
                // Told even for a device this bridge never saw connect (it connected before this silo started): its
                // session grain knows it as connected, and only a bridge that reads the line can say it left.
                _departed[deviceId] = 0;
                if (_connected.TryRemove(deviceId, out _))
                {
                    _metrics.DeviceDisconnected();
                }

                await _presence.DisconnectedAsync(deviceId, this);
                break;
        }
    }

    private Task OnBridgeStatusAsync(string bridgeId, bool online)
    {
        _roster.Set(bridgeId, online);
        _sessionless.Remove(bridgeId);
        return HoldOrphanedSessionsAsync();
    }

    private async Task HoldOrphanedSessionsAsync()
    {
        foreach (var orphan in _roster.SessionsToHold().Where(id => !_held.ContainsKey(id) && !_sessionless.Contains(id)))
        {
            var session = NewSession(orphan, isOwn: false);
            if (!await session.StartAsync(_stopping.Token))
            {
                _sessionless.Add(orphan);
                continue;
            }

            _held[orphan] = session;
            LogHolding(orphan);
            _ = session.Ended.ContinueWith(_ => OnHeldSessionEndedAsync(orphan, session), TaskScheduler.Default);
        }
    }

    // Whether it was taken back, taken by another silo or lost, the statuses have said so by the time this runs: look
    // again at who should hold what.
    private async Task OnHeldSessionEndedAsync(string bridgeId, BridgeSession session)
    {
        _held.TryRemove(new KeyValuePair<string, BridgeSession>(bridgeId, session));
        await session.DisposeAsync();
        try
        {
            await Task.Delay(StatusSettleTime, _stopping.Token);
            _events.Writer.TryWrite(HoldOrphanedSessionsAsync);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private void OnDeviceChanged(RegisteredDevice device) => _events.Writer.TryWrite(() => SyncDeviceAsync(device.Id));

    // Always the registry's latest word on the device; tried again later while the broker cannot be told.
    private async Task SyncDeviceAsync(string deviceId)
    {
        if (_registry.Find(deviceId) is not { } device)
        {
            return;
        }

        try
        {
            await _credentials.SyncAsync(device, _stopping.Token);
        }
        catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or TimeoutException or InvalidOperationException)
        {
            LogSyncRetried(deviceId, e.Message);
            _ = Task.Delay(SyncRetryPause, _stopping.Token).ContinueWith(
                _ => _events.Writer.TryWrite(() => SyncDeviceAsync(deviceId)), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bridge {BridgeId} consuming from Mosquitto {Host}:{Port} in shared group {Group}")]
    private partial void LogStarted(string bridgeId, string host, int port, string group);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mosquitto publishes no log on $SYS/broker/log: devices' connections cannot be followed, so cloud-to-device messages, desired patches and methods will not reach them. Configure 'log_dest topic', 'log_type notice' and 'log_type subscribe'")]
    private partial void LogNoBrokerLog();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bridge start interrupted (attempt {Attempt}): {Error}; trying again")]
    private partial void LogStartRetried(int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Broker credentials of {DeviceId} not updated ({Error}); trying again shortly")]
    private partial void LogSyncRetried(string deviceId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Holding the broker session of bridge {BridgeId}, which is gone")]
    private partial void LogHolding(string bridgeId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request from {DeviceId} on {Topic} failed")]
    private partial void LogRequestFailed(Exception exception, string deviceId, string topic);

    [LoggerMessage(Level = LogLevel.Error, Message = "A broker event could not be handled")]
    private partial void LogEventFailed(Exception exception);
}
