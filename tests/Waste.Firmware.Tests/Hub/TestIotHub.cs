using System.Buffers;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using MQTTnet.Protocol;
using MQTTnet.Server;
using MQTTnet;
using Waste.TestServers;

namespace Waste.Firmware.Tests.Hub;

/// <summary>
/// A real MQTT broker (MQTTnet's) on loopback that behaves as Azure IoT Hub does towards one device: it checks the
/// SAS token against the virtual clock, answers twin GETs, records telemetry, reported properties and method
/// replies, sends desired patches, direct methods and cloud-to-device messages, and keeps cloud-to-device messages
/// (and, for a sleeping bin, methods) until the device subscribes.
/// </summary>
internal sealed class TestIotHub : IAsyncDisposable
{
    public const string HostName = "waste-hub.test";

    private const string HubClientId = "iothub";

    private readonly MqttServer _server;
    private readonly TimeProvider _time;
    private readonly string _deviceId;
    private readonly byte[] _key;
    private readonly object _gate = new();
    private readonly List<string> _telemetry = [];
    private readonly List<string> _reported = [];
    private readonly List<(int Status, string RequestId, string Body)> _methodReplies = [];
    private readonly Queue<string> _pendingCloudToDevice = new();
    private readonly Queue<(string Name, string Payload)> _pendingMethods = new();
    private int _nextMethodId = 100;

    private TestIotHub(MqttServer server, TimeProvider time, string deviceId, string base64Key, int port)
    {
        _server = server;
        _time = time;
        _deviceId = deviceId;
        _key = Convert.FromBase64String(base64Key);
        Port = port;
        _server.ValidatingConnectionAsync += OnConnecting;
        _server.InterceptingPublishAsync += OnPublishAsync;
        _server.ClientSubscribedTopicAsync += OnSubscribedAsync;
    }

    public int Port { get; }

    public string DesiredMembers { get; set; } = "";

    public long DesiredVersion { get; set; } = 1;

    public int RefusedConnections { get; private set; }

    public IReadOnlyList<string> Telemetry
    {
        get
        {
            lock (_gate)
            {
                return [.. _telemetry];
            }
        }
    }

    public IReadOnlyList<string> Reported
    {
        get
        {
            lock (_gate)
            {
                return [.. _reported];
            }
        }
    }

    public IReadOnlyList<(int Status, string RequestId, string Body)> MethodReplies
    {
        get
        {
            lock (_gate)
            {
                return [.. _methodReplies];
            }
        }
    }

    public static async Task<TestIotHub> StartAsync(TimeProvider time, string deviceId, string base64Key)
    {
        var port = LoopbackPorts.Next();
        var options = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
            .WithDefaultEndpointPort(port)
            .Build();
        var hub = new TestIotHub(new MqttServerFactory().CreateMqttServer(options), time, deviceId, base64Key, port);
        await hub._server.StartAsync();
        return hub;
    }

    /// <summary>Sends a desired-properties patch to the connected device and keeps it for later GETs.</summary>
    public Task PatchDesiredAsync(string patchMembers, long version)
    {
        DesiredVersion = version;
        DesiredMembers = patchMembers;
        return InjectAsync($"$iothub/twin/PATCH/properties/desired/?$version={version}", $"{{{patchMembers},\"$version\":{version}}}");
    }

    /// <summary>Sends raw bytes as a desired patch (for malformed input).</summary>
    public Task PatchDesiredRawAsync(string payload, long version) =>
        InjectAsync($"$iothub/twin/PATCH/properties/desired/?$version={version}", payload);

    /// <summary>Queues a cloud-to-device message; it goes out when the device subscribes, or now if it is.</summary>
    public Task SendCloudToDeviceAsync(string payload, bool deviceConnected)
    {
        if (deviceConnected)
        {
            return InjectAsync($"devices/{_deviceId}/messages/devicebound/%24.to=%2Fdevices%2F{_deviceId}", payload);
        }

        lock (_gate)
        {
            _pendingCloudToDevice.Enqueue(payload);
        }

        return Task.CompletedTask;
    }

    /// <summary>Calls a direct method now; returns its request id.</summary>
    public async Task<string> CallMethodAsync(string name, string payload)
    {
        var rid = Interlocked.Increment(ref _nextMethodId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await InjectAsync($"$iothub/methods/POST/{name}/?$rid={rid}", payload);
        return rid;
    }

    /// <summary>Calls a direct method as soon as the device subscribes to methods.</summary>
    public void CallMethodOnNextConnection(string name, string payload)
    {
        lock (_gate)
        {
            _pendingMethods.Enqueue((name, payload));
        }
    }

    public Task DisconnectDeviceAsync() => _server.DisconnectClientAsync(_deviceId, new MqttServerClientDisconnectOptions());

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync(new MqttServerStopOptions());
        _server.Dispose();
    }

    private Task OnConnecting(ValidatingConnectionEventArgs e)
    {
        if (e.ClientId != _deviceId
            || e.UserName != $"{HostName}/{_deviceId}/?api-version=2021-04-12"
            || !IsValidToken(e.Password))
        {
            RefusedConnections++;
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
        }

        return Task.CompletedTask;
    }

    // Checked independently of the firmware's SasToken: HMAC-SHA256 over url-encoded resource + "\n" + expiry.
    private bool IsValidToken(string? password)
    {
        const string prefix = "SharedAccessSignature ";
        if (password is null || !password.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var fields = password[prefix.Length..].Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1]);
        if (!fields.TryGetValue("sr", out var sr) || !fields.TryGetValue("sig", out var sig) || !fields.TryGetValue("se", out var se)
            || !long.TryParse(se, out var expiry))
        {
            return false;
        }

        var expected = Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(sr + "\n" + se)));
        return sr == Uri.EscapeDataString($"{HostName}/devices/{_deviceId}")
            && Uri.UnescapeDataString(sig) == expected
            && expiry > _time.GetUtcNow().ToUnixTimeSeconds();
    }

    private async Task OnPublishAsync(InterceptingPublishEventArgs e)
    {
        if (e.ClientId == HubClientId)
        {
            return;
        }

        // What a device publishes is for the hub alone, as on IoT Hub.
        e.ProcessPublish = false;
        var topic = e.ApplicationMessage.Topic;
        var body = Encoding.UTF8.GetString(e.ApplicationMessage.Payload.ToArray());
        var rid = topic.Contains("?$rid=", StringComparison.Ordinal) ? topic[(topic.IndexOf("?$rid=", StringComparison.Ordinal) + 6)..] : "";
        if (topic.StartsWith($"devices/{_deviceId}/messages/events/", StringComparison.Ordinal))
        {
            lock (_gate)
            {
                _telemetry.Add(body);
            }
        }
        else if (topic.StartsWith("$iothub/twin/GET/", StringComparison.Ordinal))
        {
            var desired = DesiredMembers.Length == 0 ? $"\"$version\":{DesiredVersion}" : $"{DesiredMembers},\"$version\":{DesiredVersion}";
            await InjectAsync($"$iothub/twin/res/200/?$rid={rid}", $"{{\"desired\":{{{desired}}},\"reported\":{{}}}}");
        }
        else if (topic.StartsWith("$iothub/twin/PATCH/properties/reported/", StringComparison.Ordinal))
        {
            lock (_gate)
            {
                _reported.Add(body);
            }

            await InjectAsync($"$iothub/twin/res/204/?$rid={rid}&$version=2", "");
        }
        else if (topic.StartsWith("$iothub/methods/res/", StringComparison.Ordinal))
        {
            var status = int.Parse(topic["$iothub/methods/res/".Length..topic.IndexOf("/?", StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            lock (_gate)
            {
                _methodReplies.Add((status, rid, body));
            }
        }
    }

    private async Task OnSubscribedAsync(ClientSubscribedTopicEventArgs e)
    {
        var filter = e.TopicFilter.Topic;
        if (filter.StartsWith($"devices/{_deviceId}/messages/devicebound/", StringComparison.Ordinal))
        {
            while (TryTake(_pendingCloudToDevice, out var payload))
            {
                await SendCloudToDeviceAsync(payload, true);
            }
        }
        else if (filter.StartsWith("$iothub/methods/POST/", StringComparison.Ordinal))
        {
            while (TryTake(_pendingMethods, out var method))
            {
                await CallMethodAsync(method.Name, method.Payload);
            }
        }
    }

    private bool TryTake<T>(Queue<T> queue, out T item)
    {
        lock (_gate)
        {
            return queue.TryDequeue(out item!);
        }
    }

    private Task InjectAsync(string topic, string payload)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(Encoding.UTF8.GetBytes(payload))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        return _server.InjectApplicationMessage(new InjectedMqttApplicationMessage(message) { SenderClientId = HubClientId });
    }
}
