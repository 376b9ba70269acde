using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Nodes;
using Waste.Firmware.Core.Odour;
using Waste.Firmware.Core.Toilets;
using Waste.Firmware.Scenarios.Virtual;

namespace Waste.Firmware.Scenarios;

/// <summary>A toilet node on virtual inputs, powered on once: <see cref="Run"/> calls its tick as the ESP32's loop
/// does, when it asked or when the scenario changes an input.</summary>
public sealed class ToiletRig
{
    /// <summary>NH3 sensor's pin in clean air (0.5 ppm at R0 20 kΩ on the 5 V module), V.</summary>
    public const double CleanAmmoniaVolts = 0.137;

    /// <summary>NH3 sensor's pin at about 40 ppm, over the default 25 ppm alarm, V.</summary>
    public const double FoulAmmoniaVolts = 0.637;

    /// <summary>H2S sensor's pin in clean air (0.01 ppm), V.</summary>
    public const double CleanSulphideVolts = 0.117;

    private readonly IScenarioOutput _output;
    private readonly HmacSha256 _hmac = new HmacSha256();
    private long _lastSequence = -1;

    /// <summary>Creates toilet <paramref name="deviceId"/> with room for <paramref name="bufferCapacity"/> readings,
    /// and powers it on.</summary>
    public ToiletRig(IScenarioOutput output, string deviceId, int bufferCapacity)
    {
        _output = output;
        var identity = new DeviceIdentity(BinRig.HubHost, deviceId, BinRig.Key);
        Sntp = new ScenarioSntp(Clock);
        Hub = new ScenarioHub(output, Clock, identity, _hmac);
        var hardware = new ToiletHardware(
            Door, Motion, Leak, Supplies, Ammonia, Sulphide, GasSensorCircuit.Module5V, 20000, 20000, null, null);
        Node = new ToiletNode(
            identity, hardware, new NodePlatform(Clock, Network, Sntp, Hub, _hmac, new RamStore(64), new RamStore(64), new RamStore(2048)),
            CalibrationFlash, bufferCapacity);
    }

    /// <summary>Virtual time.</summary>
    public ScenarioClock Clock { get; } = new ScenarioClock();

    /// <summary>The hub.</summary>
    public ScenarioHub Hub { get; }

    /// <summary>The time server.</summary>
    public ScenarioSntp Sntp { get; }

    /// <summary>Wi-Fi.</summary>
    public ScenarioNetwork Network { get; } = new ScenarioNetwork();

    /// <summary>Door reed: active when shut.</summary>
    public Switch Door { get; } = new Switch();

    /// <summary>PIR.</summary>
    public Switch Motion { get; } = new Switch();

    /// <summary>Leak probe.</summary>
    public Switch Leak { get; } = new Switch();

    /// <summary>Supplies switch.</summary>
    public Switch Supplies { get; } = new Switch();

    /// <summary>MQ-137 pin.</summary>
    public Voltage Ammonia { get; } = new Voltage(CleanAmmoniaVolts);

    /// <summary>MQ-136 pin.</summary>
    public Voltage Sulphide { get; } = new Voltage(CleanSulphideVolts);

    /// <summary>The odour calibration in flash.</summary>
    public RamStore CalibrationFlash { get; } = new RamStore(64);

    /// <summary>The node.</summary>
    public ToiletNode Node { get; }

    /// <summary>Ticks as the node asks until <paramref name="milliseconds"/> have passed, writing each new reading.</summary>
    public void Run(long milliseconds)
    {
        var end = Clock.ElapsedMilliseconds + milliseconds;
        while (true)
        {
            var wait = Node.Tick();
            var reading = Node.LastReading;
            if (reading != null && reading.Sequence != _lastSequence)
            {
                _lastSequence = reading.Sequence;
                _output.Line("toilet at " + Clock.ElapsedMilliseconds.ToString() + " ms: reading " + Lines.Reading(reading)
                    + ", waiting " + Node.Services.Buffer.Count.ToString() + ", next tick in " + wait.ToString() + " ms");
            }

            var left = end - Clock.ElapsedMilliseconds;
            if (left <= 0)
            {
                return;
            }

            Clock.AdvanceMilliseconds(wait < left ? wait : left);
        }
    }
}
