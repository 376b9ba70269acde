using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;

namespace Waste.Hub.External;

/// <summary>
/// Sends dynamic-security commands to Mosquitto over its own MQTT connection and returns the plugin's answers. Each
/// batch goes in one control message; the plugin answers it in one message on the response topic, every command's
/// <c>correlationData</c> echoed, which is how answers find their batch.
/// </summary>
public sealed class DynamicSecurityControl : IAsyncDisposable
{
    private const string CommandTopic = "$CONTROL/dynamic-security/v1";
    private const string ResponseTopic = CommandTopic + "/response";
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(60);

    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly MqttClientOptions _options;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<IReadOnlyList<DynamicSecurityResponse>>> _waiting = new();
    private readonly SemaphoreSlim _connecting = new(1, 1);

    // Every silo's control connection reads every answer: batch ids carry this instance's own prefix.
    private readonly string _batchPrefix = Guid.NewGuid().ToString("N");
    private long _nextBatch;

    /// <summary>Prepares the control connection with the cloud's own broker credentials; it opens on first use.</summary>
    public DynamicSecurityControl(ExternalBrokerOptions options, string clientId)
    {
        _options = new MqttClientOptionsBuilder()
            .WithTcpServer(options.Host, options.Port)
            .WithClientId(clientId)
            .WithCredentials(options.UserName, options.Password)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart()
            .WithKeepAlivePeriod(options.KeepAlive)
            .Build();
        _client.ApplicationMessageReceivedAsync += e =>
        {
            Answered(e.ApplicationMessage.ConvertPayloadToString());
            return Task.CompletedTask;
        };
    }

    /// <summary>Sends <paramref name="commands"/> in one message and returns the answers, one per command, in order.</summary>
    /// <exception cref="TimeoutException">The plugin did not answer in time.</exception>
    public async Task<IReadOnlyList<DynamicSecurityResponse>> SendAsync(IReadOnlyList<JsonObject> commands, CancellationToken cancellationToken)
    {
        await EnsureConnectedAsync(cancellationToken);
        var batch = _batchPrefix + ":" + Interlocked.Increment(ref _nextBatch).ToString(CultureInfo.InvariantCulture);
        var answer = new TaskCompletionSource<IReadOnlyList<DynamicSecurityResponse>>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[batch] = answer;
        try
        {
            var body = new JsonArray();
            for (var i = 0; i < commands.Count; i++)
            {
                var command = (JsonObject)commands[i].DeepClone();
                command["correlationData"] = $"{batch}.{i}";
                body.Add(command);
            }

            await _client.PublishAsync(new MqttApplicationMessageBuilder()
                .WithTopic(CommandTopic)
                .WithPayload(Encoding.UTF8.GetBytes(new JsonObject { ["commands"] = body }.ToJsonString()))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build(), cancellationToken);
            return await answer.Task.WaitAsync(AnswerTimeout, cancellationToken);
        }
        finally
        {
            _waiting.TryRemove(batch, out _);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
        _connecting.Dispose();
    }

    private async Task EnsureConnectedAsync(CancellationToken cancellationToken)
    {
        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (_client.IsConnected)
            {
                return;
            }

            var connected = await ConnectOnceAsync(cancellationToken);
            if (connected.ResultCode != MqttClientConnectResultCode.Success)
            {
                throw new InvalidOperationException($"Mosquitto refused the cloud's control connection: {connected.ResultCode}");
            }

            await _client.SubscribeAsync(ResponseTopic, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
        }
        finally
        {
            _connecting.Release();
        }
    }

    // Right after the broker dropped the connection (it does when this client's roles change) the client is still
    // winding the old one down for a moment.
    private async Task<MqttClientConnectResult> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await _client.ConnectAsync(_options, cancellationToken);
            }
            catch (InvalidOperationException) when (attempt < 100)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private void Answered(string json)
    {
        List<(string? Correlation, DynamicSecurityResponse Response)> answers;
        try
        {
            using var document = JsonDocument.Parse(json);
            answers = [.. document.RootElement.GetProperty("responses").EnumerateArray().Select(r => (
                r.TryGetProperty("correlationData", out var c) ? c.GetString() : null,
                new DynamicSecurityResponse(
                    r.GetProperty("command").GetString() ?? "",
                    r.TryGetProperty("error", out var error) ? error.GetString() : null,
                    r.TryGetProperty("data", out var data) ? data.Clone() : default)))];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Not an answer to us (another administrator's, or malformed): nobody waits for it.
            return;
        }

        var batch = answers.Count > 0 && answers[0].Correlation is { } first ? first[..Math.Max(0, first.LastIndexOf('.'))] : null;
        if (batch is not null && _waiting.TryGetValue(batch, out var waiting))
        {
            waiting.TrySetResult([.. answers.Select(a => a.Response)]);
        }
    }
}
