namespace Waste.Telemetry;

/// <summary>
/// One reading from a device, its time already on UTC (members in docs/device-protocol.md). Fields a device kind does
/// not measure are null. New optional fields may be added within schema version 1; a field's meaning never changes
/// without a new version.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DeviceReading
{
    /// <summary>Per-device sequence number; the cloud de-duplicates on (device, sequence).</summary>
    [Id(0)] public required long Sequence { get; init; }

    /// <summary>When the reading was taken, UTC.</summary>
    [Id(1)] public required DateTimeOffset Time { get; init; }

    /// <summary>Bin fill, percent of depth, 0..100.</summary>
    [Id(2)] public double? FillPercent { get; init; }

    /// <summary>Distance from the sensor to the waste surface, metres.</summary>
    [Id(3)] public double? DistanceMetres { get; init; }

    /// <summary>Air temperature in the enclosure, °C.</summary>
    [Id(4)] public double? TemperatureCelsius { get; init; }

    /// <summary>Battery voltage, V.</summary>
    [Id(5)] public double? BatteryVolts { get; init; }

    /// <summary>Toilet occupied at the reading's time.</summary>
    [Id(6)] public bool? Occupied { get; init; }

    /// <summary>Toilet visits that ended since the previous reading.</summary>
    [Id(7)] public int? Visits { get; init; }

    /// <summary>Seconds the toilet was occupied since the previous reading.</summary>
    [Id(8)] public int? OccupiedSeconds { get; init; }

    /// <summary>Ammonia, ppm.</summary>
    [Id(9)] public double? AmmoniaPpm { get; init; }

    /// <summary>Hydrogen sulphide, ppm.</summary>
    [Id(10)] public double? HydrogenSulphidePpm { get; init; }

    /// <summary>Alarm conditions active at the reading's time (names in <see cref="DeviceAlarms"/>).</summary>
    [Id(11)] public IReadOnlyList<string> Alarms { get; init; } = [];

    /// <summary>Sensor faults at the reading's time (names in <see cref="SensorFaults"/>).</summary>
    [Id(12)] public IReadOnlyList<string> Faults { get; init; } = [];
}
