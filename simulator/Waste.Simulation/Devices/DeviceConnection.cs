using System.Text;
using MQTTnet;
using MQTTnet.Protocol;
using Waste.Firmware.Core.IotHub;

namespace Waste.Simulation.Devices;

/// <summary>
/// A virtual device's MQTT connection, authenticated the IoT Hub way: client id = device id, the hub's user name,
/// and a SAS token the firmware core signs. Telemetry goes out with QoS 1: a publish completes when the hub has
/// acknowledged it, which the hub does only once the readings are durable.
/// </summary>
public sealed class DeviceConnection(DeviceCredentials credentials, TimeProvider time) : IAsyncDisposable
{
    /// <summary>How long a token lives; IoT Hub's SDKs default to one hour.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    private static readonly HostHmacSha256 Hmac = new();
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();

    /// <summary>The device this connection speaks for.</summary>
    public string DeviceId => credentials.DeviceId;

    /// <summary>True while connected.</summary>
    public bool IsConnected => _client.IsConnected;

    /// <summary>Connects with a fresh token; returns the broker's answer (Success or why not).</summary>
    public Task<MqttClientConnectResultCode> ConnectAsync(CancellationToken cancellationToken) =>
        ConnectAsync(CreateToken(time.GetUtcNow() + TokenLifetime), cancellationToken);

    /// <summary>Connects presenting <paramref name="password"/> as the token (tests use it to present bad ones).</summary>
    public async Task<MqttClientConnectResultCode> ConnectAsync(string password, CancellationToken cancellationToken)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(credentials.Hub.BrokerHost, credentials.Hub.BrokerPort)
            .WithClientId(credentials.DeviceId)
            .WithCredentials(IotHubTopics.UserName(credentials.Hub.HostName, credentials.DeviceId), password)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V311)
            .WithCleanSession()
            .WithTimeout(TimeSpan.FromSeconds(30))
            .Build();
        var result = await _client.ConnectAsync(options, cancellationToken);
        return result.ResultCode;
    }

    /// <summary>A SAS token for this device valid until <paramref name="expiresAt"/>.</summary>
    public string CreateToken(DateTimeOffset expiresAt) =>
        SasToken.Create(credentials.Hub.HostName, credentials.DeviceId, credentials.Base64Key, expiresAt.ToUnixTimeSeconds(), Hmac);

    /// <summary>Publishes a telemetry message on the device's own topic; completes when the hub acknowledged it.</summary>
    public Task PublishTelemetryAsync(string json, CancellationToken cancellationToken) =>
        PublishAsync(IotHubTopics.Telemetry(credentials.DeviceId, IotHubTopics.JsonPropertyBag), json, cancellationToken);

    /// <summary>Publishes on any topic with QoS 1 (tests use it to try topics that are not the device's).</summary>
    public async Task PublishAsync(string topic, string payload, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(Encoding.UTF8.GetBytes(payload))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        var result = await _client.PublishAsync(message, cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"{credentials.DeviceId}: publish refused ({result.ReasonCode})");
        }
    }

    /// <summary>Subscribes to <paramref name="filter"/>; returns false when the hub refused or dropped the connection.</summary>
    public async Task<bool> TrySubscribeAsync(string filter)
    {
        try
        {
            var result = await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce).Build());
            return result.Items.All(i => (int)i.ResultCode < 0x80);
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync();
            }
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException)
        {
            // The hub went first; there is nothing left to say goodbye to.
        }

        _client.Dispose();
    }
}
