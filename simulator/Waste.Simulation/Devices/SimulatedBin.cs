using Waste.Firmware.Core.Bins;
using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Nodes;
using Waste.Firmware.Core.Ranging;
using Waste.Simulation.Bins;
using Waste.Simulation.City;
using Waste.Simulation.Faults;
using Waste.Simulation.Hardware;
using Waste.Simulation.Models;
using Waste.Simulation.Platform;

namespace Waste.Simulation.Devices;

/// <summary>
/// A bin of the city with the real firmware in the loop: a <see cref="BinNode"/> on virtual hardware (the true
/// contents under a JSN-SR04T, the air, the tilt switch, the battery) and a virtual platform (its uptime on the
/// simulation's clock, its ward's network, SNTP, MQTT to the hub with its own key, RTC memory and flash in memory).
/// The simulation wakes it when its last wake said; the node decides everything else.
/// </summary>
public sealed class SimulatedBin : ISimulatedDevice, IDisposable
{
    /// <summary>The offline buffer's capacity on a bin node (readings): the ESP32-WROOM's RAM budget.</summary>
    public const int BufferCapacity = 512;

    private readonly DeviceTime _time;
    private readonly MqttNetLink _link;

    /// <summary>Builds the bin, powered on at <paramref name="poweredOnAt"/>.</summary>
    public SimulatedBin(
        CityBin bin, DeviceCredentials credentials, BinContents contents, FaultSchedule faults, DateTimeOffset poweredOnAt, int seed)
    {
        var time = _time = new DeviceTime(poweredOnAt);
        Bin = bin;
        Contents = contents;
        var air = new VirtualThermometer(time);
        var geometry = BinSize.Geometry(bin.CapacityLitres);
        var ultrasonic = new BinUltrasonic(contents, geometry, air, faults, time, new Random(seed));
        Network = new WardNetwork(bin.Ward, faults, time);
        _link = new MqttNetLink(credentials.Hub);
        var hardware = new BinHardware(
            ultrasonic, UltrasonicRange.JsnSr04t, air, new TiltSwitch(bin.Id, faults, time), new BatteryCell(bin.Id, faults, time, poweredOnAt),
            BatteryCell.Divider, new SwitchedSupply());
        var platform = new NodePlatform(
            new DeviceUptime(time, poweredOnAt), Network, new ClockSntp(time), _link, new HostHmacSha256(),
            new MemoryByteStore(), new MemoryByteStore(), new MemoryByteStore());
        Node = new BinNode(new DeviceIdentity(credentials.Hub.HostName, credentials.DeviceId, credentials.Base64Key), hardware, platform, BufferCapacity);
        NextWakeAt = poweredOnAt;
    }

    /// <summary>The bin in the city.</summary>
    public CityBin Bin { get; }

    /// <summary>Its true contents.</summary>
    public BinContents Contents { get; }

    /// <summary>The firmware's node.</summary>
    public BinNode Node { get; }

    /// <summary>Its ward's network.</summary>
    public WardNetwork Network { get; }

    /// <summary>When the node asked to be woken next.</summary>
    public DateTimeOffset NextWakeAt { get; private set; }

    /// <inheritdoc />
    public DateTimeOffset NextEventAt => NextWakeAt;

    /// <summary>MQTT messages the node published and the hub acknowledged (telemetry and twin requests).</summary>
    public long Published => _link.Published;

    /// <summary>Wakes the node at each time it asked for, up to <paramref name="until"/>.</summary>
    public void RunUntil(DateTimeOffset until)
    {
        while (NextWakeAt <= until)
        {
            _time.MoveTo(NextWakeAt);
            var sleep = Node.Wake();
            NextWakeAt = _time.Now + TimeSpan.FromSeconds(sleep);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _link.Dispose();
}
