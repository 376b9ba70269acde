namespace Waste.Telemetry;

/// <summary>
/// One reading from a device, its time already on UTC. Fields a device kind does not measure are null. New optional
/// fields may be added within schema version 1; a field's meaning never changes without a new version.
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
}
