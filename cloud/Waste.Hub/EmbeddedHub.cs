using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Protocol;
using MQTTnet.Server;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Hub;

/// <summary>
/// The MQTT endpoint devices connect to, speaking the Azure IoT Hub device protocol on an MQTTnet broker inside the
/// cloud host. It authenticates each connection against the registry, keeps each device to its own topics, and hands
/// telemetry to <see cref="ITelemetryIngest"/>; a message is acknowledged only after its readings are durable.
/// Bad input is counted and dropped: nothing a device sends can end the broker's loop.
/// </summary>
public sealed partial class EmbeddedHub : IHostedService, IAsyncDisposable
{
    private readonly HubOptions _options;
    private readonly IDeviceRegistry _registry;
    private readonly DeviceAuthenticator _authenticator;
    private readonly ITelemetryIngest _ingest;
    private readonly HubMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<EmbeddedHub> _logger;
    private readonly MqttServer _server;

    /// <summary>Creates the hub; it listens once the host starts it.</summary>
    public EmbeddedHub(
        IOptions<HubOptions> options,
        IDeviceRegistry registry,
        ITelemetryIngest ingest,
        HubMetrics metrics,
        [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
        ILogger<EmbeddedHub> logger)
    {
        _options = options.Value;
        _registry = registry;
        _authenticator = new DeviceAuthenticator(registry, _options.HostName);
        _ingest = ingest;
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
        _server.ClientConnectedAsync += _ => Count(_metrics.DeviceConnected);
        _server.ClientDisconnectedAsync += _ => Count(_metrics.DeviceDisconnected);
        _server.InterceptingPublishAsync += OnPublishAsync;
        _server.InterceptingSubscriptionAsync += OnSubscribingAsync;
        _registry.Changed += OnDeviceChanged;
    }

    /// <summary>The port the MQTT listener is bound to.</summary>
    public int Port => _options.MqttPort;

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

    private static Task Count(Action count)
    {
        count();
        return Task.CompletedTask;
    }

    private Task OnValidatingConnectionAsync(ValidatingConnectionEventArgs e)
    {
        var refusal = _authenticator.Check(e.ClientId, e.UserName, e.Password, _time.GetUtcNow());
        if (refusal is { } reason)
        {
            _metrics.ConnectionRefused(reason);
            e.ReasonCode = reason is ConnectionRefusal.UnknownDevice or ConnectionRefusal.Revoked
                ? MqttConnectReasonCode.NotAuthorized
                : MqttConnectReasonCode.BadUserNameOrPassword;
            LogConnectionRefused(Printable(e.ClientId), reason);
        }

        return Task.CompletedTask;
    }

    private Task OnSubscribingAsync(InterceptingSubscriptionEventArgs e)
    {
        if (!DeviceTopics.MaySubscribe(e.ClientId, e.TopicFilter.Topic))
        {
            _metrics.TopicForbidden("subscribe");
            e.ProcessSubscription = false;
            e.CloseConnection = true;
            LogForbidden(e.ClientId, "subscribe", Printable(e.TopicFilter.Topic));
        }

        return Task.CompletedTask;
    }

    private async Task OnPublishAsync(InterceptingPublishEventArgs e)
    {
        var deviceId = e.ClientId;
        var topic = e.ApplicationMessage.Topic;
        if (!DeviceTopics.MayPublish(deviceId, topic))
        {
            // Azure IoT Hub closes the connection of a device that publishes outside its topics; MQTT 3.1.1 has no
            // negative acknowledgement to send instead.
            _metrics.TopicForbidden("publish");
            e.ProcessPublish = false;
            e.CloseConnection = true;
            LogForbidden(deviceId, "publish", Printable(topic));
            return;
        }

        // Nothing a device publishes goes to other clients: the hub consumes it.
        e.ProcessPublish = false;
        if (DeviceTopics.IsTelemetryOf(topic, deviceId))
        {
            await IngestTelemetryAsync(e, deviceId);
        }
    }

    private async Task IngestTelemetryAsync(InterceptingPublishEventArgs e, string deviceId)
    {
        _metrics.MessageReceived();
        var parsed = TelemetryParser.Parse(e.ApplicationMessage.Payload, deviceId, _time.GetUtcNow());
        if (parsed.Message is not { } message)
        {
            _metrics.MessageRejected(parsed.Reason!.Value);
            LogMessageRejected(deviceId, parsed.Reason.Value, parsed.Detail);
            return;
        }

        if (_registry.Find(deviceId)?.Kind is { } kind && kind != message.Kind)
        {
            _metrics.MessageRejected(RejectionReason.KindMismatch);
            LogMessageRejected(deviceId, RejectionReason.KindMismatch, $"registered as {kind}, sent {message.Kind}");
            return;
        }

        try
        {
            _metrics.Ingested(await _ingest.IngestAsync(message, e.CancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !e.CancellationToken.IsCancellationRequested)
        {
            // Storage failed: leave the message unacknowledged by closing the connection; the device resends it.
            _metrics.IngestFailed();
            e.CloseConnection = true;
            LogIngestFailed(exception, deviceId);
        }
    }

    private void OnDeviceChanged(RegisteredDevice device)
    {
        if (device.State == DeviceState.Revoked)
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
            // Not connected: nothing to end.
        }
    }

    // Client ids and topics come from the network: keep log lines short and free of control characters.
    private static string Printable(string? text) =>
        text is null ? "" : new string([.. text.Take(160).Select(c => char.IsControl(c) ? '?' : c)]);

    [LoggerMessage(Level = LogLevel.Information, Message = "MQTT hub {HostName} listening on {Address}:{Port}")]
    private partial void LogListening(string address, int port, string hostName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection refused for client {ClientId}: {Reason}")]
    private partial void LogConnectionRefused(string clientId, ConnectionRefusal reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Device {DeviceId} may not {Operation} on {Topic}: disconnected")]
    private partial void LogForbidden(string deviceId, string operation, string topic);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message from {DeviceId} dropped: {Reason} ({Detail})")]
    private partial void LogMessageRejected(string deviceId, RejectionReason reason, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telemetry from {DeviceId} not stored; left unacknowledged for resending")]
    private partial void LogIngestFailed(Exception exception, string deviceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revoked device {DeviceId} disconnected")]
    private partial void LogRevokedDisconnected(string deviceId);
}
