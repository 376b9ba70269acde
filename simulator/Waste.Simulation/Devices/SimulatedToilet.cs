using Waste.Firmware.Core.IotHub;
using Waste.Firmware.Core.Nodes;
using Waste.Firmware.Core.Odour;
using Waste.Firmware.Core.Toilets;
using Waste.Simulation.City;
using Waste.Simulation.Faults;
using Waste.Simulation.Hardware;
using Waste.Simulation.Models;
using Waste.Simulation.Platform;

namespace Waste.Simulation.Devices;

/// <summary>
/// A public toilet with the real firmware in the loop: a <see cref="ToiletNode"/> whose door and PIR follow the
/// <see cref="ToiletVisitModel"/>'s visits and whose MQ-137/MQ-136 pins follow the <see cref="OdourModel"/>. The
/// simulation ticks it when it asked, and when a visit starts or ends (an input change, as the ESP32's interrupt does).
/// </summary>
public sealed class SimulatedToilet : ISimulatedDevice, IDisposable
{
    /// <summary>R0 of both gas sensors at commissioning, ohms.</summary>
    public const double CommissionedR0Ohms = 20_000;

    /// <summary>The offline buffer's capacity on a toilet node (readings): the ESP32-WROVER's PSRAM holds a day.</summary>
    public const int BufferCapacity = 1440;

    private readonly DeviceTime _time;
    private readonly MqttNetLink _link;
    private DateTimeOffset _lastTick;

    /// <summary>Builds the toilet, powered on at <paramref name="poweredOnAt"/>.</summary>
    public SimulatedToilet(CityToilet toilet, DeviceCredentials credentials, FaultSchedule faults, DateTimeOffset poweredOnAt, int seed)
    {
        var time = _time = new DeviceTime(poweredOnAt);
        Toilet = toilet;
        Visits = new ToiletVisitModel(toilet, seed, 1_000_000 + toilet.Id.GetStableIndex(), poweredOnAt);
        Odour = new OdourModel(toilet.VentilationHours);
        Network = new WardNetwork(toilet.Ward, faults, time);
        _link = new MqttNetLink(credentials.Hub);
        var occupied = new VisitInput(Visits, time);
        var hardware = new ToiletHardware(
            occupied, occupied, new QuietInput(), new QuietInput(),
            new GasSensorPin(GasSensorCurve.Mq137Ammonia, GasSensorCircuit.Module5V, CommissionedR0Ohms, () => Odour.AmmoniaPpm),
            new GasSensorPin(GasSensorCurve.Mq136HydrogenSulphide, GasSensorCircuit.Module5V, CommissionedR0Ohms, () => Odour.SulphidePpm),
            GasSensorCircuit.Module5V, CommissionedR0Ohms, CommissionedR0Ohms, null, null);
        var platform = new NodePlatform(
            new DeviceUptime(time, poweredOnAt), Network, new ClockSntp(time), _link, new HostHmacSha256(),
            new MemoryByteStore(), new MemoryByteStore(), new MemoryByteStore());
        Node = new ToiletNode(
            new DeviceIdentity(credentials.Hub.HostName, credentials.DeviceId, credentials.Base64Key), hardware, platform, new MemoryByteStore(), BufferCapacity);
        NextTickAt = poweredOnAt;
        _lastTick = poweredOnAt;
    }

    /// <summary>The toilet in the city.</summary>
    public CityToilet Toilet { get; }

    /// <summary>Who uses it when.</summary>
    public ToiletVisitModel Visits { get; }

    /// <summary>Its air.</summary>
    public OdourModel Odour { get; }

    /// <summary>Its ward's network.</summary>
    public WardNetwork Network { get; }

    /// <summary>The firmware's node.</summary>
    public ToiletNode Node { get; }

    /// <summary>When the node asked to be called next.</summary>
    public DateTimeOffset NextTickAt { get; private set; }

    /// <summary>The next tick the node asked for, or the next start or end of a visit if sooner.</summary>
    public DateTimeOffset NextEventAt => NextInputChange() is { } change && change < NextTickAt ? change : NextTickAt;

    /// <summary>Calls the node at each time it asked for and at each start and end of a visit (its door and PIR
    /// change), up to <paramref name="until"/>.</summary>
    public void RunUntil(DateTimeOffset until)
    {
        while (true)
        {
            var next = NextEventAt;
            if (next > until)
            {
                return;
            }

            _time.MoveTo(next);
            Tick();
        }
    }

    private DateTimeOffset? NextInputChange()
    {
        foreach (var (start, end) in Visits.VisitsUntil(_lastTick.AddHours(1)))
        {
            if (start > _lastTick)
            {
                return start;
            }

            if (end > _lastTick)
            {
                return end;
            }
        }

        return null;
    }

    private void Tick()
    {
        var now = _time.Now;
        Odour.AdvanceTo(now, Visits.EndedBetween(_lastTick, now));
        Visits.Forget(now - TimeSpan.FromHours(2));
        _lastTick = now;
        var wait = Node.Tick();
        NextTickAt = now + TimeSpan.FromMilliseconds(Math.Max(1, wait));
    }

    /// <inheritdoc />
    public void Dispose() => _link.Dispose();
}
