using System.Text.Json;
using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Nodes;
using Waste.Firmware.Core.Odour;
using Waste.Firmware.Core.Toilets;
using Waste.Firmware.Tests.Fakes;
using Waste.Firmware.Tests.Hub;

namespace Waste.Firmware.Tests.Nodes;

/// <summary>A toilet node on virtual inputs and a virtual clock, talking to a real MQTT broker that plays IoT Hub.
/// <see cref="Run"/> calls <see cref="ToiletNode.Tick"/> as the ESP32's loop does: when it asked, or at an input
/// change the test makes.</summary>
internal sealed class ToiletRig : IAsyncDisposable
{
    public const string DeviceId = "wc-0001";
    public const double CleanR0Ohms = 20000;

    private ToiletRig(TestIotHub hub, VirtualClock clock)
    {
        Hub = hub;
        Clock = clock;
        Sntp = new VirtualSntp(clock);
        Link = new MqttNetLink(hub.Port);
        Ammonia = new SettableVolts(VoltsForPpm(GasSensorCurve.Mq137Ammonia, 0.5));
        Sulphide = new SettableVolts(VoltsForPpm(GasSensorCurve.Mq136HydrogenSulphide, 0.01));
        var hardware = new ToiletHardware(
            Door, Motion, Leak, Supplies, Ammonia, Sulphide, GasSensorCircuit.Module5V, CleanR0Ohms, CleanR0Ohms, null, null);
        Node = new ToiletNode(
            new DeviceIdentity(TestIotHub.HostName, DeviceId, BinRig.Key),
            hardware,
            new NodePlatform(Clock, Network, Sntp, Link, new HostHmacSha256(), new MemoryStore(), SequenceFlash, new MemoryStore()),
            CalibrationFlash,
            1440);
    }

    public TestIotHub Hub { get; }

    public VirtualClock Clock { get; }

    public VirtualSntp Sntp { get; }

    public MqttNetLink Link { get; }

    public SettableInput Door { get; } = new();

    public SettableInput Motion { get; } = new();

    public SettableInput Leak { get; } = new();

    public SettableInput Supplies { get; } = new();

    public SettableVolts Ammonia { get; }

    public SettableVolts Sulphide { get; }

    public SwitchableNetwork Network { get; } = new();

    public MemoryStore SequenceFlash { get; } = new();

    public MemoryStore CalibrationFlash { get; } = new();

    public ToiletNode Node { get; }

    public static async Task<ToiletRig> StartAsync()
    {
        var clock = new VirtualClock();
        var hub = await TestIotHub.StartAsync(clock.Time, DeviceId, BinRig.Key);
        return new ToiletRig(hub, clock);
    }

    /// <summary>The ADC pin voltage of an MQ sensor on the 5 V module in air with <paramref name="ppm"/> of its gas,
    /// with R0 at <see cref="CleanR0Ohms"/>.</summary>
    public static double VoltsForPpm(GasSensorCurve curve, double ppm)
    {
        var ratio = Math.Pow(ppm / curve.A, 1 / curve.B);
        var rs = ratio * CleanR0Ohms;
        var output = 5.0 * 10000 / (10000 + rs);
        return output / 2;
    }

    /// <summary>Ticks as the node asks until <paramref name="duration"/> has passed; returns the number of ticks.</summary>
    public int Run(TimeSpan duration)
    {
        var end = Clock.Time.GetUtcNow() + duration;
        var ticks = 0;
        while (true)
        {
            var wait = Node.Tick();
            ticks++;
            var now = Clock.Time.GetUtcNow();
            if (now >= end)
            {
                return ticks;
            }

            var step = TimeSpan.FromMilliseconds(wait);
            Clock.Advance(now + step > end ? end - now : step);
        }
    }

    /// <summary>Waits (real time) until a message from the hub on a topic starting with
    /// <paramref name="topicPrefix"/> has reached the device's link.</summary>
    public async Task UntilMessageArrivesAsync(string topicPrefix)
    {
        for (var i = 0; i < 500 && !Link.HasIncomingOn(topicPrefix); i++)
        {
            await Task.Delay(10);
        }
    }

    /// <summary>Every reading the hub received, in arrival order.</summary>
    public List<JsonElement> ReadingsReceived() =>
        Hub.Telemetry.SelectMany(m => JsonDocument.Parse(m).RootElement.GetProperty("r").EnumerateArray().Select(r => r.Clone())).ToList();

    public async ValueTask DisposeAsync()
    {
        Link.Dispose();
        await Hub.DisposeAsync();
    }
}
