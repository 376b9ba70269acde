using System.Globalization;
using System.Diagnostics;
using System.Text;
using MQTTnet;
using MQTTnet.Protocol;
using Waste.Firmware.Core.IotHub;
using Waste.Simulation.Devices;

namespace Waste.Ingest.Bench;

/// <summary>One device of the load: connects like a real one and publishes bin readings with QoS 1, timing each from
/// publish to the hub's acknowledgement.</summary>
internal sealed class LoadDevice(DeviceCredentials credentials, TimeProvider time) : IAsyncDisposable
{
    private static readonly HostHmacSha256 Hmac = new();
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private long _sequence;

    /// <summary>The device's id.</summary>
    public string DeviceId => credentials.DeviceId;

    /// <summary>Readings the hub has acknowledged, which it must therefore have stored.</summary>
    public long AcknowledgedReadings { get; private set; }

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var token = SasToken.Create(credentials.Hub.HostName, credentials.DeviceId, credentials.Base64Key, time.GetUtcNow().AddHours(2).ToUnixTimeSeconds(), Hmac);
        var result = await _client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer(credentials.Hub.BrokerHost, credentials.Hub.BrokerPort)
            .WithClientId(credentials.DeviceId)
            .WithCredentials(IotHubTopics.UserName(credentials.Hub.HostName, credentials.DeviceId), token)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V311)
            .WithKeepAlivePeriod(TimeSpan.FromMinutes(5))
            .WithTimeout(TimeSpan.FromSeconds(60))
            .Build(), cancellationToken);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new InvalidOperationException($"{credentials.DeviceId} refused: {result.ResultCode}");
        }
    }

    /// <summary>Publishes one message of <paramref name="readings"/> readings; returns the time to acknowledgement.</summary>
    public async Task<TimeSpan> PublishAsync(int readings, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var json = new StringBuilder(96 + 64 * readings)
            .Append("{\"v\":1,\"dev\":\"").Append(credentials.DeviceId).Append("\",\"kind\":\"bin\",\"clk\":\"utc\",\"sent\":").Append(now).Append(",\"r\":[");
        for (var i = 0; i < readings; i++)
        {
            // The distance follows the fill, as a real sensor's does: a fixed one is a stuck sensor after 24 readings,
            // and a fleet's worth of alerts at once would measure the alert board, not ingest.
            var fill = (_sequence % 90) + 5;
            json.Append(i == 0 ? "" : ",").Append("{\"seq\":").Append(_sequence++).Append(",\"t\":").Append(now)
                .Append(",\"fill_pct\":").Append(fill)
                .Append(",\"dist_m\":").Append((1.0 - fill * 0.009).ToString("0.000", CultureInfo.InvariantCulture)).Append(",\"temp_c\":30.5,\"batt_v\":3.9}");
        }

        var message = new MqttApplicationMessageBuilder()
            .WithTopic(IotHubTopics.Telemetry(credentials.DeviceId, IotHubTopics.JsonPropertyBag))
            .WithPayload(Encoding.UTF8.GetBytes(json.Append("]}").ToString()))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        var started = Stopwatch.GetTimestamp();
        var result = await _client.PublishAsync(message, cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"{credentials.DeviceId}: publish refused ({result.ReasonCode})");
        }

        var latency = Stopwatch.GetElapsedTime(started);
        AcknowledgedReadings += readings;
        return latency;
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
