using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace Waste.Hub.External;

/// <summary>
/// One persistent MQTT 5 session on the broker, held by this silo: its own bridge's, or an orphaned one it holds for a
/// bridge that is gone. Messages are handed to the bridge as they come, several at once, and acknowledged in the order
/// they came, each only after the bridge said it is done with it; when the bridge says a message could not be stored,
/// the connection is dropped and re-made, so the broker sends every unacknowledged message again. The session's
/// client id is fixed and it outlives its connections, so nothing the broker accepted for it is lost while no one
/// holds it: whoever connects with its id next receives it.
/// </summary>
public sealed partial class BridgeSession : IAsyncDisposable
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(15);

    private readonly ExternalBrokerOptions _options;
    private readonly Func<BridgeSession, MqttApplicationMessage, CancellationToken, Task<bool>> _handle;
    private readonly Func<BridgeSession, Task> _connected;
    private readonly ILogger _logger;
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Channel<(Task<bool> Work, MqttApplicationMessageReceivedEventArgs Message)> _acknowledgements = Channel.CreateUnbounded<(Task<bool>, MqttApplicationMessageReceivedEventArgs)>();
    private int _reconnecting;
    private int _disposed;

    /// <summary>Prepares the session of bridge <paramref name="bridgeId"/>. <paramref name="handle"/> receives each
    /// message and answers whether it may be acknowledged; <paramref name="connected"/> runs after every (re)connection
    /// of the bridge's own session (subscribe, announce).</summary>
    public BridgeSession(
        ExternalBrokerOptions options,
        string bridgeId,
        bool isOwn,
        Func<BridgeSession, MqttApplicationMessage, CancellationToken, Task<bool>> handle,
        Func<BridgeSession, Task> connected,
        ILogger logger)
    {
        _options = options;
        BridgeId = bridgeId;
        IsOwn = isOwn;
        _handle = handle;
        _connected = connected;
        _logger = logger;
        _client.ApplicationMessageReceivedAsync += OnMessage;
        _client.DisconnectedAsync += OnDisconnectedAsync;
    }

    /// <summary>The bridge whose session this is.</summary>
    public string BridgeId { get; }

    /// <summary>True for this silo's own bridge session; false for one held for a bridge that is gone.</summary>
    public bool IsOwn { get; }

    /// <summary>The connection, for publishing.</summary>
    public IMqttClient Client => _client;

    /// <summary>Completes when the session is no longer held here: stopped, or (a held one) disconnected: taken back
    /// by its bridge or by another silo, or lost.</summary>
    public Task Ended => _ended.Task;

    /// <summary>Connects. False when this was to hold another bridge's session but the broker had none (it expired, or
    /// never existed): then there is nothing to hold and the empty session just made is deleted.</summary>
    /// <exception cref="InvalidOperationException">The broker refused the connection.</exception>
    public async Task<bool> StartAsync(CancellationToken cancellationToken)
    {
        if (await ConnectAsync(cancellationToken))
        {
            return true;
        }

        _ended.TrySetResult();
        return false;
    }

    /// <summary>Publishes a status for this session's bridge (retained), so the other silos know whether it is held.</summary>
    public Task PublishStatusAsync(string status, CancellationToken cancellationToken) =>
        _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(BridgeStatus.TopicOf(_options.Group, BridgeId))
            .WithPayload(Encoding.UTF8.GetBytes(status))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag()
            .Build(), cancellationToken);

    /// <summary>Lets the session go: says it is offline, so another silo holds it, and disconnects, leaving it (with
    /// whatever is still unacknowledged) on the broker.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        if (_client.IsConnected)
        {
            try
            {
                await PublishStatusAsync(BridgeStatus.Offline, CancellationToken.None);
                await _client.DisconnectAsync();
            }
            catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException or OperationCanceledException)
            {
                // Gone already: the will said offline.
            }
        }

        _ended.TrySetResult();
    }

    /// <summary>Drops the connection without a word, as a killed process would: the broker publishes the session's
    /// will and keeps the session.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        _client.Dispose();
        _ended.TrySetResult();
    }

    private async Task<bool> ConnectAsync(CancellationToken cancellationToken)
    {
        var acknowledgements = Channel.CreateUnbounded<(Task<bool>, MqttApplicationMessageReceivedEventArgs)>(new UnboundedChannelOptions { SingleReader = true });
        _acknowledgements = acknowledgements;
        _ = AcknowledgeInOrderAsync(acknowledgements.Reader);
        var result = await _client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer(_options.Host, _options.Port)
            .WithClientId(BridgeStatus.ClientIdOf(_options.Group, BridgeId))
            .WithCredentials(_options.UserName, _options.Password)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval((uint)_options.SessionExpiry.TotalSeconds)
            .WithKeepAlivePeriod(_options.KeepAlive)
            .WithReceiveMaximum(_options.ReceiveMaximum)
            .WithWillTopic(BridgeStatus.TopicOf(_options.Group, BridgeId))
            .WithWillPayload(BridgeStatus.Offline)
            .WithWillRetain()
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build(), cancellationToken);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new InvalidOperationException($"Mosquitto refused bridge session {BridgeId}: {result.ResultCode}");
        }

        if (!IsOwn && !result.IsSessionPresent)
        {
            await _stopping.CancelAsync();
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithSessionExpiryInterval(0).Build(), CancellationToken.None);
            return false;
        }

        if (IsOwn)
        {
            await _connected(this);
        }

        LogConnected(BridgeId, IsOwn ? "own" : "held for a bridge that is gone", result.IsSessionPresent);
        return true;
    }

    private Task OnMessage(MqttApplicationMessageReceivedEventArgs e)
    {
        e.AutoAcknowledge = false;
        Task<bool> work;
        try
        {
            work = _handle(this, e.ApplicationMessage, _stopping.Token);
        }
        catch (Exception exception)
        {
            work = Task.FromException<bool>(exception);
        }

        _acknowledgements.Writer.TryWrite((work, e));
        return Task.CompletedTask;
    }

    private async Task AcknowledgeInOrderAsync(ChannelReader<(Task<bool> Work, MqttApplicationMessageReceivedEventArgs Message)> reader)
    {
        await foreach (var (work, message) in reader.ReadAllAsync())
        {
            bool done;
            try
            {
                done = await work;
            }
            catch (Exception exception)
            {
                LogHandlingFailed(exception, BridgeId, message.ApplicationMessage.Topic);
                done = false;
            }

            if (!done)
            {
                // Left unacknowledged, with every later one: a new connection gets them all again.
                await RestartAsync();
                return;
            }

            try
            {
                await message.AcknowledgeAsync(CancellationToken.None);
            }
            catch (Exception exception) when (exception is MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    private async Task RestartAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        try
        {
            // A held session leaves with its will, "offline", so it is held again (by this silo, or whichever comes
            // first then); this silo's own session simply reconnects.
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder()
                .WithReason(IsOwn ? MqttClientDisconnectOptionsReason.NormalDisconnection : MqttClientDisconnectOptionsReason.DisconnectWithWillMessage)
                .Build());
        }
        catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or InvalidOperationException or ObjectDisposedException)
        {
            // Already down: the disconnect handler takes it from here.
        }
    }

    private Task OnDisconnectedAsync(MqttClientDisconnectedEventArgs e)
    {
        _acknowledgements.Writer.TryComplete();
        if (_stopping.IsCancellationRequested || !e.ClientWasConnected)
        {
            return Task.CompletedTask;
        }

        if (!IsOwn)
        {
            // Taken back by its bridge, taken by another silo, or lost: in the last case the broker publishes its
            // will, and whoever comes first among the bridges then holds it again. Mosquitto 2.0 closes a taken-over
            // connection without saying so, so the cases cannot be told apart here.
            LogReleased(BridgeId, e.Reason);
            _ended.TrySetResult();
            return Task.CompletedTask;
        }

        LogDisconnected(BridgeId, e.Reason);
        if (Interlocked.Exchange(ref _reconnecting, 1) == 0)
        {
            _ = ReconnectAsync();
        }

        return Task.CompletedTask;
    }

    private async Task ReconnectAsync()
    {
        try
        {
            for (var pause = TimeSpan.FromSeconds(1); !_stopping.IsCancellationRequested; pause = Min(pause * 2, LongestPause))
            {
                await Task.Delay(pause, _stopping.Token);
                try
                {
                    await ConnectAsync(_stopping.Token);
                    return;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogReconnectFailed(BridgeId, e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            Volatile.Write(ref _reconnecting, 0);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Broker session of bridge {BridgeId} connected ({Role}; session kept by the broker: {SessionPresent})")]
    private partial void LogConnected(string bridgeId, string role, bool sessionPresent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Broker session of bridge {BridgeId} no longer held here ({Reason})")]
    private partial void LogReleased(string bridgeId, MqttClientDisconnectReason reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Broker session of bridge {BridgeId} disconnected ({Reason}); reconnecting")]
    private partial void LogDisconnected(string bridgeId, MqttClientDisconnectReason reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Broker session of bridge {BridgeId} could not reconnect: {Error}")]
    private partial void LogReconnectFailed(string bridgeId, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bridge {BridgeId} failed on a message on {Topic}; left unacknowledged, reconnecting")]
    private partial void LogHandlingFailed(Exception exception, string bridgeId, string topic);
}
