using Waste.Firmware.Core.Bins;
using Waste.Firmware.Core.Config;
using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Nodes;
using Waste.Firmware.Core.Power;
using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Telemetry;
using Waste.Firmware.Core.Text;
using Waste.Firmware.Scenarios.Virtual;

namespace Waste.Firmware.Scenarios;

/// <summary>
/// A bin node on virtual hardware, as the ESP32 runs it: every <see cref="Wake"/> builds a new node from the stores
/// (a boot after deep sleep), runs its wake and sleeps as long as it asked.
/// </summary>
public sealed class BinRig
{
    /// <summary>The hub's host name.</summary>
    public const string HubHost = "waste-hub.example.vn";

    /// <summary>The device key (base64 of 32 bytes, made up for the scenario).</summary>
    public const string Key = "dGhpcyBpcyBhIDMyIGJ5dGUgZGV2aWNlIGtleSEhISE=";

    /// <summary>What the installer set in the twin: the sensor 40 cm above the rim.</summary>
    public const string CommissionedDesired = "\"sensor_offset_m\":0.4";

    private readonly IScenarioOutput _output;
    private readonly int _bufferCapacity;
    private readonly DeviceIdentity _identity;
    private readonly BinHardware _hardware;
    private readonly HmacSha256 _hmac = new HmacSha256();

    /// <summary>Creates bin <paramref name="deviceId"/>, commissioned, with room for
    /// <paramref name="bufferCapacity"/> readings.</summary>
    public BinRig(IScenarioOutput output, string deviceId, int bufferCapacity)
    {
        _output = output;
        _bufferCapacity = bufferCapacity;
        _identity = new DeviceIdentity(HubHost, deviceId, Key);
        Retained = new RamStore(512 + BinReadingFormat.Instance.RecordBytes * bufferCapacity);
        Air = new Thermometer(30);
        Echo = new EchoSensor(Air);
        Sntp = new ScenarioSntp(Clock);
        Hub = new ScenarioHub(output, Clock, _identity, _hmac);
        _hardware = new BinHardware(
            Echo, UltrasonicRange.JsnSr04t, Air, Tilt, Battery, new BatteryDivider(1000000, 1000000), Supply);
        Hub.SetDesired(CommissionedDesired);
        new DeviceSettings(NodeKind.Bin, SettingsFlash).Apply(JsonReader.Parse("{" + CommissionedDesired + ",\"$version\":1}", out _)!, true);
    }

    /// <summary>Virtual time.</summary>
    public ScenarioClock Clock { get; } = new ScenarioClock();

    /// <summary>The hub.</summary>
    public ScenarioHub Hub { get; }

    /// <summary>The time server.</summary>
    public ScenarioSntp Sntp { get; }

    /// <summary>Wi-Fi.</summary>
    public ScenarioNetwork Network { get; } = new ScenarioNetwork();

    /// <summary>The enclosure's air.</summary>
    public Thermometer Air { get; }

    /// <summary>The ultrasonic sensor.</summary>
    public EchoSensor Echo { get; }

    /// <summary>The tilt switch.</summary>
    public Switch Tilt { get; } = new Switch();

    /// <summary>The battery divider's ADC pin (half the cell's voltage).</summary>
    public Voltage Battery { get; } = new Voltage(1.95);

    /// <summary>The sensors' supply.</summary>
    public SensorSupply Supply { get; } = new SensorSupply();

    /// <summary>The wake state kept through deep sleep.</summary>
    public RamStore Retained { get; }

    /// <summary>The sequence ceiling in flash.</summary>
    public RamStore SequenceFlash { get; } = new RamStore(64);

    /// <summary>The configuration in flash.</summary>
    public RamStore SettingsFlash { get; } = new RamStore(2048);

    /// <summary>The node of the last wake.</summary>
    public BinNode? Node { get; private set; }

    /// <summary>The waste at <paramref name="percent"/> of the default 0.95 m deep bin, sensor 0.40 m above the rim.</summary>
    public void FillTo(double percent) => Echo.DistanceMetres = 0.40 + 0.95 * (1 - percent / 100);

    /// <summary>One wake on a node built afresh from the stores, then the sleep it asked for; returns that node.</summary>
    public BinNode Wake()
    {
        // Each wake is a boot on the device: nothing of the previous node is left in memory.
        Node = null;
        var node = new BinNode(_identity, _hardware, Platform(), _bufferCapacity);
        Node = node;
        var telemetryBefore = Hub.Telemetry;
        var sleep = node.Wake();
        _output.Line("bin " + _identity.DeviceId + " wake at " + Clock.ElapsedMilliseconds.ToString() + " ms: cold boot " + Lines.YesNo(node.ColdBoot)
            + ", reading " + Lines.Reading(node.LastReading) + ", messages " + (Hub.Telemetry - telemetryBefore).ToString()
            + ", waiting " + node.Services.Buffer.Count.ToString() + ", dropped " + node.Services.Buffer.DroppedTotal.ToString()
            + ", failed uploads " + node.FailedUploads.ToString() + ", joins " + Network.Joins.ToString()
            + ", reboot " + Lines.YesNo(node.RebootRequested) + ", wake state " + Retained.Length.ToString() + " bytes, sleep " + sleep.ToString() + " s");
        Clock.AdvanceSeconds(sleep);
        return node;
    }

    /// <summary>
    /// Fills the buffer of the last wake's node without waking: <paramref name="count"/> readings taken by the
    /// <c>measure_now</c> command, <paramref name="everySeconds"/> apart, then one wake of that same node (the
    /// simulator's way) to save them. Waking a new node for each reading would make the scenario's heap, which
    /// lives through all the wakes unlike the device's, a record of every wake state ever written.
    /// </summary>
    public void MeasureRepeatedly(int count, long everySeconds)
    {
        var node = Node!;
        for (var i = 0; i < count; i++)
        {
            Clock.AdvanceSeconds(everySeconds);
            node.Execute(CommandSchema.MeasureNow, null);
        }

        var sleep = node.Wake();
        _output.Line("bin " + _identity.DeviceId + " measured " + count.ToString() + " times: last reading " + Lines.Reading(node.LastReading)
            + ", waiting " + node.Services.Buffer.Count.ToString() + ", dropped " + node.Services.Buffer.DroppedTotal.ToString()
            + ", wake state " + Retained.Length.ToString() + " bytes, sleep " + sleep.ToString() + " s");
        Clock.AdvanceSeconds(sleep);
    }

    /// <summary>Wakes until the hub got one more telemetry message, at most <paramref name="limit"/> times.</summary>
    public void WakeUntilUpload(int limit)
    {
        var before = Hub.Telemetry;
        for (var i = 0; i < limit && Hub.Telemetry == before; i++)
        {
            Wake();
        }
    }

    /// <summary>Wakes <paramref name="count"/> times.</summary>
    public void Wakes(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Wake();
        }
    }

    private NodePlatform Platform() =>
        new NodePlatform(Clock, Network, Sntp, Hub, _hmac, Retained, SequenceFlash, SettingsFlash);
}
