using System.Text.Json;
using Waste.Firmware.Core.Bins;
using Waste.Firmware.Core.Config;
using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Nodes;
using Waste.Firmware.Core.Power;
using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Text;
using Waste.Firmware.Tests.Fakes;
using Waste.Firmware.Tests.Hub;

namespace Waste.Firmware.Tests.Nodes;

/// <summary>
/// A bin node on virtual hardware and a virtual clock, talking to a real MQTT broker that plays IoT Hub. Each
/// <see cref="Wake"/> builds a new node from the stores, as the ESP32 does after deep sleep, runs its wake, and
/// sleeps (advances the clock) as long as it asked.
/// </summary>
internal sealed class BinRig : IAsyncDisposable
{
    public const string DeviceId = "bin-0001";
    public const string Key = "dGhpcyBpcyBhIDMyIGJ5dGUgZGV2aWNlIGtleSEhISE=";

    /// <summary>What the installer set in the twin before the bin was fitted: the sensor 40 cm above the rim.</summary>
    public const string CommissionedDesired = "\"sensor_offset_m\":0.4";

    private BinRig(TestIotHub hub, VirtualClock clock)
    {
        Hub = hub;
        Clock = clock;
        Air = new SettableTemperature(30);
        Ultrasonic = new VirtualUltrasonic(Air);
        Sntp = new VirtualSntp(clock);
        Link = new MqttNetLink(hub.Port);
        Hardware = new BinHardware(Ultrasonic, UltrasonicRange.JsnSr04t, Air, Tilt, BatteryPin, new BatteryDivider(1_000_000, 1_000_000), SensorPower);
    }

    public TestIotHub Hub { get; }

    public VirtualClock Clock { get; }

    public SettableTemperature Air { get; }

    public VirtualUltrasonic Ultrasonic { get; }

    public SettableInput Tilt { get; } = new();

    public SettableVolts BatteryPin { get; } = new(1.95);

    public SwitchableNetwork Network { get; } = new();

    public CountingSensorPower SensorPower { get; } = new();

    public VirtualSntp Sntp { get; }

    public MqttNetLink Link { get; }

    public MemoryStore Retained { get; } = new();

    public MemoryStore SequenceFlash { get; } = new();

    public MemoryStore SettingsFlash { get; } = new();

    public BinHardware Hardware { get; }

    public BinNode? Node { get; private set; }

    public int BufferCapacity { get; set; } = 512;

    public static async Task<BinRig> StartAsync()
    {
        var clock = new VirtualClock();
        var hub = await TestIotHub.StartAsync(clock.Time, DeviceId, Key);
        hub.DesiredMembers = CommissionedDesired;
        var rig = new BinRig(hub, clock);
        new DeviceSettings(NodeKind.Bin, rig.SettingsFlash).Apply(JsonReader.Parse("{" + CommissionedDesired + ",\"$version\":1}", out _)!, true);
        return rig;
    }

    /// <summary>The sensor sees waste at <paramref name="percent"/> of the default bin (0.95 m deep, sensor 0.40 m
    /// above the rim so the JSN-SR04T's blind zone stays clear of the rim).</summary>
    public void FillTo(double percent) => Ultrasonic.DistanceMetres = 0.40 + 0.95 * (1 - percent / 100);

    /// <summary>One wake on a node built afresh from the stores; returns the sleep it asked for, in seconds.</summary>
    public long Wake()
    {
        Node = new BinNode(new DeviceIdentity(TestIotHub.HostName, DeviceId, Key), Hardware, Platform(), BufferCapacity);
        return Node.Wake();
    }

    /// <summary>Wakes, then sleeps as asked.</summary>
    public long WakeAndSleep()
    {
        var sleep = Wake();
        Clock.AdvanceSeconds(sleep);
        return sleep;
    }

    /// <summary>Wakes and sleeps until the hub has received one more telemetry message; returns the node of that wake.</summary>
    public BinNode WakeUntilNextUpload()
    {
        var before = Hub.Telemetry.Count;
        for (var wake = 0; wake < 1000 && Hub.Telemetry.Count == before; wake++)
        {
            WakeAndSleep();
        }

        return Node!;
    }

    /// <summary>Runs wake cycles until <paramref name="duration"/> of virtual time has passed.</summary>
    public int RunFor(TimeSpan duration)
    {
        var end = Clock.Time.GetUtcNow() + duration;
        var wakes = 0;
        while (Clock.Time.GetUtcNow() < end)
        {
            WakeAndSleep();
            wakes++;
        }

        return wakes;
    }

    /// <summary>Every reading the hub received, in arrival order.</summary>
    public List<JsonElement> ReadingsReceived() =>
        Hub.Telemetry.SelectMany(m => JsonDocument.Parse(m).RootElement.GetProperty("r").EnumerateArray().Select(r => r.Clone())).ToList();

    public NodePlatform Platform() =>
        new(Clock, Network, Sntp, Link, new HostHmacSha256(), Retained, SequenceFlash, SettingsFlash);

    public async ValueTask DisposeAsync()
    {
        Link.Dispose();
        await Hub.DisposeAsync();
    }
}
