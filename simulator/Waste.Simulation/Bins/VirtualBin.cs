using Waste.Firmware.Core.Bins;
using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Telemetry;
using Waste.Simulation.Devices;

namespace Waste.Simulation.Bins;

/// <summary>
/// A bin node with the real firmware core (<see cref="BinFillMeter"/>, <see cref="TelemetryEncoder"/>) on virtual
/// sensors, publishing over real MQTT.
/// </summary>
public sealed class VirtualBin : IAsyncDisposable
{
    private const int PingsPerBurst = 5;

    private readonly BinFillMeter _meter;
    private readonly TimeProvider _time;
    private long _nextSequence;

    /// <summary>Creates a bin of the given geometry that fills at <paramref name="metresPerHour"/>.</summary>
    public VirtualBin(DeviceCredentials credentials, BinGeometry geometry, double metresPerHour, TimeProvider time, int seed)
    {
        var random = new Random(seed);
        _time = time;
        Model = new BinFillModel(geometry.DepthMetres, metresPerHour, random);
        var air = new VirtualThermometer(time);
        _meter = new BinFillMeter(
            new VirtualUltrasonicSensor(geometry, Model, air, random), air, geometry, UltrasonicRange.HcSr04, PingsPerBurst);
        Connection = new DeviceConnection(credentials, time);
    }

    /// <summary>The bin's true fill.</summary>
    public BinFillModel Model { get; }

    /// <summary>The bin's MQTT connection.</summary>
    public DeviceConnection Connection { get; }

    /// <summary>The device id.</summary>
    public string DeviceId => Connection.DeviceId;

    /// <summary>Readings sent so far (the next sequence number).</summary>
    public long ReadingsSent => _nextSequence;

    /// <summary>Measures the bin now and publishes the reading; returns false when the sensor saw no echo.</summary>
    public async Task<bool> SampleAndSendAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        Model.AdvanceTo(now);
        var measurement = _meter.Measure();
        if (!measurement.HasEcho)
        {
            return false;
        }

        var seconds = now.ToUnixTimeSeconds();
        IReading[] readings = [new BinReading(_nextSequence, seconds, measurement.DistanceMetres, measurement.FillPercent, measurement.TemperatureCelsius)];
        var json = TelemetryEncoder.Encode(DeviceId, TelemetrySchema.KindBin, ClockSource.Utc, seconds, readings, 1);
        await Connection.PublishTelemetryAsync(json, cancellationToken);
        _nextSequence++;
        return true;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
