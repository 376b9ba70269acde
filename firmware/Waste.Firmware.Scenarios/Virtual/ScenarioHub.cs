using System.Collections;
using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>
/// IoT Hub's MQTT device dialect for one device, in process (nanoCLR on Linux has no sockets): it checks the
/// client id, user name and SAS token (signature and expiry against the true UTC time), answers twin GETs with the
/// desired document, acknowledges reported patches and telemetry, and holds desired patches, methods and
/// cloud-to-device messages until the device takes them. Everything the device publishes is written to the output,
/// whole or as its length and checksum. Each publish is framed as M2Mqtt frames it on the device (one array of the
/// whole packet), so that the heap the scenario needs on nanoCLR counts the link's share.
/// </summary>
public sealed class ScenarioHub : IMqttLink
{
    private readonly IScenarioOutput _output;
    private readonly ScenarioClock _clock;
    private readonly DeviceIdentity _device;
    private readonly IHmacSha256 _hmac;
    private readonly ArrayList _waiting = new ArrayList();
    private long _desiredVersion;
    private long _reportedVersion;

    /// <summary>Creates the hub of <paramref name="device"/>, its desired document empty.</summary>
    public ScenarioHub(IScenarioOutput output, ScenarioClock clock, DeviceIdentity device, IHmacSha256 hmac)
    {
        _output = output;
        _clock = clock;
        _device = device;
        _hmac = hmac;
    }

    /// <summary>True while the hub can be reached.</summary>
    public bool Reachable { get; set; } = true;

    /// <summary>True to write each payload the device publishes; false to write its length and checksum only, which
    /// allocate nothing: the worst cases' messages would otherwise weigh on the heap they measure.</summary>
    public bool WritesPayloads { get; set; } = true;

    /// <summary>The desired properties' members (without braces) that a twin GET returns.</summary>
    public string DesiredMembers { get; private set; } = "";

    /// <summary>When the token in use expires, Unix seconds.</summary>
    public long TokenExpiresAt { get; private set; }

    /// <summary>Telemetry messages acknowledged.</summary>
    public int Telemetry { get; private set; }

    /// <summary>Connections refused.</summary>
    public int Refused { get; private set; }

    /// <inheritdoc />
    public bool IsConnected { get; private set; }

    /// <summary>Sets the desired document (a new version) without telling a connected device.</summary>
    public void SetDesired(string members)
    {
        DesiredMembers = members;
        _desiredVersion++;
    }

    /// <summary>Sets the desired document and sends the patch to the device.</summary>
    public void PatchDesired(string members, string patch)
    {
        SetDesired(members);
        Send("$iothub/twin/PATCH/properties/desired/?$version=" + _desiredVersion.ToString(), "{" + patch + ",\"$version\":" + _desiredVersion.ToString() + "}");
    }

    /// <summary>Calls direct method <paramref name="name"/>.</summary>
    public void CallMethod(string name, string requestId, string payload) =>
        Send(IotHubTopics.MethodCalls + name + "/?$rid=" + requestId, payload);

    /// <summary>Queues a cloud-to-device message.</summary>
    public void SendCommand(string payload) =>
        Send(IotHubTopics.CloudToDevicePrefix(_device.DeviceId) + "%24.to=%2Fdevices%2F" + _device.DeviceId + "%2Fmessages%2Fdevicebound", payload);

    /// <summary>Drops the connection, as a hub restart or a lost link does.</summary>
    public void Drop()
    {
        IsConnected = false;
        _output.Line("hub: connection dropped");
    }

    /// <inheritdoc />
    public bool Connect(string clientId, string userName, string password)
    {
        var why = !Reachable ? "unreachable"
            : clientId != _device.DeviceId ? "client id " + clientId
            : userName != IotHubTopics.UserName(_device.HubHost, _device.DeviceId) ? "user name " + userName
            : CheckToken(password);
        if (why.Length > 0)
        {
            Refused++;
            _output.Line("hub: connection refused: " + why);
            return false;
        }

        IsConnected = true;
        _output.Line("hub: connected, token expires " + TokenExpiresAt.ToString() + ": " + password);
        return true;
    }

    /// <inheritdoc />
    public bool Subscribe(string[] topicFilters)
    {
        // One line per SUBSCRIBE packet, its filters in order: nanoFramework's string has no Join.
        var line = "hub: subscribe";
        for (var i = 0; i < topicFilters.Length; i++)
        {
            line += " " + topicFilters[i];
        }

        _output.Line(line);
        return IsConnected;
    }

    /// <inheritdoc />
    public bool Publish(string topic, byte[] payload)
    {
        if (!IsConnected)
        {
            return false;
        }

        var frame = Frame(topic, payload);
        if (WritesPayloads)
        {
            var text = Utf8.GetString(payload, out var valid);
            _output.Line("device> " + topic + " " + (valid ? text : "(not UTF-8)"));
        }
        else
        {
            _output.Line("device> " + topic + " " + payload.Length.ToString() + " bytes, FNV-1a " + Checksum(frame, frame.Length - payload.Length).ToString());
        }

        if (topic.IndexOf("$iothub/twin/GET/") == 0)
        {
            Send(IotHubTopics.TwinResponses + "200/?$rid=" + RequestId(topic),
                "{\"desired\":{" + DesiredMembers + (DesiredMembers.Length > 0 ? "," : "") + "\"$version\":" + _desiredVersion.ToString()
                + "},\"reported\":{\"$version\":" + _reportedVersion.ToString() + "}}");
        }
        else if (topic.IndexOf("$iothub/twin/PATCH/properties/reported/") == 0)
        {
            _reportedVersion++;
            Send(IotHubTopics.TwinResponses + "204/?$rid=" + RequestId(topic) + "&$version=" + _reportedVersion.ToString(), "");
        }
        else if (topic.IndexOf("devices/" + _device.DeviceId + "/messages/events/") == 0)
        {
            Telemetry++;
        }

        return true;
    }

    /// <inheritdoc />
    public int Deliver(IMqttMessageHandler handler, int waitMilliseconds)
    {
        var delivered = 0;
        while (IsConnected && _waiting.Count > 0)
        {
            var message = (HubMessage)_waiting[0]!;
            _waiting.RemoveAt(0);
            _output.Line("hub> " + message.Topic + " " + Utf8.GetString(message.Payload, out _));
            handler.OnMessage(message.Topic, message.Payload);
            delivered++;
        }

        return delivered;
    }

    /// <inheritdoc />
    public void Disconnect()
    {
        if (IsConnected)
        {
            IsConnected = false;
            _output.Line("hub: disconnected");
        }
    }

    private void Send(string topic, string payload) => _waiting.Add(new HubMessage(topic, Utf8.GetBytes(payload)));

    // Checks the token as IoT Hub does: the right resource, a signature made with the device's key, not expired.
    private string CheckToken(string token)
    {
        const string Prefix = "SharedAccessSignature sr=";
        var expiryAt = token.IndexOf("&se=");
        if (token.IndexOf(Prefix) != 0 || expiryAt < 0)
        {
            return "malformed token";
        }

        var expiry = long.Parse(token.Substring(expiryAt + 4));
        if (expiry <= _clock.UtcSeconds)
        {
            return "token expired at " + expiry.ToString();
        }

        if (token != SasToken.Create(_device.HubHost, _device.DeviceId, _device.Base64Key, expiry, _hmac))
        {
            return "bad signature";
        }

        TokenExpiresAt = expiry;
        return "";
    }

    // An MQTT 3.1.1 PUBLISH packet at QoS 1: fixed header, remaining length, topic, packet id, payload.
    private static byte[] Frame(string topic, byte[] payload)
    {
        var topicBytes = Utf8.GetBytes(topic);
        var remaining = 2 + topicBytes.Length + 2 + payload.Length;
        var lengthBytes = remaining < 128 ? 1 : remaining < 16384 ? 2 : remaining < 2097152 ? 3 : 4;
        var frame = new byte[1 + lengthBytes + remaining];
        frame[0] = 0x32;
        var at = 1;
        var left = remaining;
        do
        {
            var digit = left % 128;
            left /= 128;
            frame[at++] = (byte)(left > 0 ? digit | 0x80 : digit);
        }
        while (left > 0);

        frame[at++] = (byte)(topicBytes.Length >> 8);
        frame[at++] = (byte)topicBytes.Length;
        System.Array.Copy(topicBytes, 0, frame, at, topicBytes.Length);
        at += topicBytes.Length + 2;
        System.Array.Copy(payload, 0, frame, at, payload.Length);
        return frame;
    }

    // FNV-1a, 32 bits, of the bytes from `from` on.
    private static uint Checksum(byte[] bytes, int from)
    {
        var hash = 2166136261u;
        for (var i = from; i < bytes.Length; i++)
        {
            hash = unchecked((hash ^ bytes[i]) * 16777619u);
        }

        return hash;
    }

    private static string RequestId(string topic) => topic.Substring(topic.IndexOf("$rid=") + 5);
}
