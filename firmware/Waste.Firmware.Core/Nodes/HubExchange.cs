using Waste.Firmware.Core.Commands;
using Waste.Firmware.Core.Config;
using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Telemetry;
using Waste.Firmware.Core.Text;
using Waste.Firmware.Core.Time;

namespace Waste.Firmware.Core.Nodes;

/// <summary>
/// What a node does while connected, the same for bins and toilets: gets the twin and applies its desired
/// properties, uploads the offline buffer oldest first, applies desired patches, runs cloud-to-device commands and
/// direct methods, and reports properties when something changed. Bad input from the cloud (a malformed patch or
/// command, a value out of range) is refused and said so, never thrown.
/// </summary>
public sealed class HubExchange : IMqttMessageHandler
{
    /// <summary>How long a node waits for its twin after connecting, milliseconds.</summary>
    public const int TwinWaitMilliseconds = 3000;

    /// <summary>Most readings one message carries, whatever <c>batch_max</c> says: a message is in RAM twice while it
    /// is sent (its bytes, and the packet M2Mqtt frames of them), and a bin's ESP32 has no PSRAM. 48 readings keep a
    /// message under 8 KB; the heap this takes is measured in hardware-docs/memory.md.</summary>
    public const int MaxReadingsPerMessage = 48;

    private readonly HubSession _session;
    private readonly DeviceSettings _settings;
    private readonly ICommandTarget _target;
    private readonly string _kind;
    private string _twinRequestId = "";
    private bool _reportDue;

    /// <summary>Creates the exchange of a node of <paramref name="kind"/> (<c>bin</c> or <c>toilet</c>).</summary>
    public HubExchange(HubSession session, DeviceSettings settings, ICommandTarget target, string kind)
    {
        _session = session;
        _settings = settings;
        _target = target;
        _kind = kind;
    }

    /// <summary>True once the twin's answer arrived in this session.</summary>
    public bool TwinReceived { get; private set; }

    /// <summary>True when the configuration changed (or a change was refused) since the last call to
    /// <see cref="TakeSettingsChanged"/>.</summary>
    public bool SettingsChanged { get; private set; }

    /// <summary>Commands refused since power-on because they were malformed or unknown.</summary>
    public long RefusedCommands { get; private set; }

    /// <summary>Why the last command was refused; empty when none was.</summary>
    public string LastCommandError { get; private set; } = "";

    /// <summary>True while connected.</summary>
    public bool IsOpen => _session.IsOpen;

    /// <summary>The session underneath.</summary>
    public HubSession Session => _session;

    /// <summary>Asks for a reported-properties update at the next chance.</summary>
    public void RequestReport() => _reportDue = true;

    /// <summary>Returns and resets <see cref="SettingsChanged"/>.</summary>
    public bool TakeSettingsChanged()
    {
        var changed = SettingsChanged;
        SettingsChanged = false;
        return changed;
    }

    /// <summary>Connects at <paramref name="utcNow"/>, gets the twin (waiting up to <see cref="TwinWaitMilliseconds"/>)
    /// and handles what arrived; false when the connection failed.</summary>
    public bool Open(long utcNow)
    {
        TwinReceived = false;
        if (!_session.Open(utcNow))
        {
            return false;
        }

        _twinRequestId = _session.RequestTwin();
        if (_twinRequestId.Length == 0)
        {
            _session.Close();
            return false;
        }

        // Deliver returns as soon as something arrived, which may be a command before the twin: a few rounds.
        for (var round = 0; round < 4 && !TwinReceived && _session.IsOpen; round++)
        {
            _session.Link.Deliver(this, TwinWaitMilliseconds / 4);
        }

        ReportIfDue();
        return _session.IsOpen;
    }

    /// <summary>Handles what arrived, waiting up to <paramref name="waitMilliseconds"/> for something, and reports if
    /// due.</summary>
    public void Pump(int waitMilliseconds)
    {
        if (!_session.IsOpen)
        {
            return;
        }

        _session.Link.Deliver(this, waitMilliseconds);
        ReportIfDue();
    }

    /// <summary>
    /// Sends the buffer's readings oldest first, in messages of at most <paramref name="batchMax"/> readings (and
    /// <see cref="MaxReadingsPerMessage"/>), their times moved onto the message's clock. Readings leave the buffer
    /// only when the hub acknowledged their message; returns false at the first message that was not.
    /// </summary>
    public bool Upload(ReadingBuffer buffer, DeviceClock clock, int batchMax)
    {
        var perMessage = batchMax < MaxReadingsPerMessage ? batchMax : MaxReadingsPerMessage;
        if (buffer.DroppedSinceSent > 0)
        {
            // The reported buffer_dropped is behind: say it along with the message that carries the drop count.
            _reportDue = true;
        }

        while (buffer.Count > 0)
        {
            if (!_session.IsOpen)
            {
                return false;
            }

            var count = buffer.Count < perMessage ? buffer.Count : perMessage;
            var json = TelemetryEncoder.Encode(
                _session.Identity.DeviceId, _kind, clock.Source, clock.ToMessageTime(clock.MonotonicSeconds),
                buffer, count, clock.ToMessageTime(0));
            if (!_session.PublishTelemetry(json))
            {
                // A publish that is not acknowledged means a broken connection, whatever the link still believes:
                // close it so that the next attempt starts a fresh one.
                _session.Close();
                return false;
            }

            buffer.Acknowledge(count);
        }

        ReportIfDue();
        return true;
    }

    /// <summary>Disconnects.</summary>
    public void Close() => _session.Close();

    /// <inheritdoc />
    public void OnMessage(string topic, byte[] payload)
    {
        var parsed = HubTopic.Parse(_session.Identity.DeviceId, topic);
        switch (parsed.Kind)
        {
            case HubMessageKind.TwinResponse:
                OnTwin(parsed, payload);
                break;
            case HubMessageKind.DesiredPatch:
                OnDesired(payload);
                break;
            case HubMessageKind.MethodCall:
                OnMethod(parsed, payload);
                break;
            case HubMessageKind.CloudToDevice:
                OnCloudToDevice(payload);
                break;
            default:
                break;
        }
    }

    private void OnTwin(HubTopic topic, byte[] payload)
    {
        // Answers to reported-properties patches come here too (status 204): only the GET's answer matters.
        if (topic.RequestId != _twinRequestId || _twinRequestId.Length == 0)
        {
            return;
        }

        TwinReceived = true;
        if (topic.Status != 200)
        {
            return;
        }

        var twin = JsonReader.Parse(payload, out var error);
        var desired = twin != null && twin.Kind == JsonKind.Object ? twin.Member(TwinSchema.Desired) : null;
        if (desired == null)
        {
            Refuse(twin == null ? "twin: " + error : "twin: no desired properties");
            return;
        }

        Apply(desired, true);
    }

    private void OnDesired(byte[] payload)
    {
        var desired = JsonReader.Parse(payload, out var error);
        if (desired == null)
        {
            Refuse("desired patch: " + error);
            return;
        }

        Apply(desired, false);
    }

    private void Apply(JsonValue desired, bool wholeDocument)
    {
        if (_settings.Apply(desired, wholeDocument))
        {
            SettingsChanged = true;
            _reportDue = true;
        }
    }

    private void Refuse(string error)
    {
        _settings.Refuse(error);
        SettingsChanged = true;
        _reportDue = true;
    }

    private void OnMethod(HubTopic topic, byte[] payload)
    {
        JsonValue? body = null;
        if (payload.Length > 0)
        {
            body = JsonReader.Parse(payload, out var error);
            if (body == null)
            {
                CountRefusal("method " + topic.MethodName + ": " + error);
                _session.Reply(CommandSchema.StatusBadRequest, topic.RequestId,
                    CommandAnswers.Refused(CommandSchema.StatusBadRequest, "payload is not JSON: " + error).Body);
                return;
            }
        }

        var result = Run(topic.MethodName, body);
        _session.Reply(result.Status, topic.RequestId, result.Body);
    }

    private void OnCloudToDevice(byte[] payload)
    {
        var message = JsonReader.Parse(payload, out var error);
        var command = message != null && message.Kind == JsonKind.Object ? message.Member(CommandSchema.Command) : null;
        if (command == null || command.Kind != JsonKind.String)
        {
            CountRefusal(message == null ? "command is not JSON: " + error : "command has no \"cmd\" string");
            return;
        }

        Run(command.Text, message);
    }

    private CommandResult Run(string command, JsonValue? payload)
    {
        var result = _target.Execute(command, payload);
        if (result.Status != CommandSchema.StatusDone)
        {
            CountRefusal(command + ": " + result.Body);
        }

        return result;
    }

    private void CountRefusal(string why)
    {
        RefusedCommands++;
        LastCommandError = why;
        _reportDue = true;
    }

    private void ReportIfDue()
    {
        if (!_reportDue || !_session.IsOpen)
        {
            return;
        }

        var writer = new JsonWriter(256).BeginObject();
        _target.WriteReportedProperties(writer);
        writer.Name(TwinSchema.ConfigVersion);
        if (_settings.AppliedVersion >= 0)
        {
            writer.Number(_settings.AppliedVersion);
        }
        else
        {
            writer.Null();
        }

        writer.Name(TwinSchema.ConfigError);
        if (_settings.LastError.Length > 0)
        {
            writer.String(_settings.LastError);
        }
        else
        {
            writer.Null();
        }

        if (LastCommandError.Length > 0)
        {
            writer.Name(TwinSchema.CommandError).String(LastCommandError);
        }

        if (_session.Report(writer.EndObject().ToString()))
        {
            _reportDue = false;
        }
    }
}
