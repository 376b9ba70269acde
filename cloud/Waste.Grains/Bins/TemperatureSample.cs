namespace Waste.Grains.Bins;

/// <summary>A temperature at a moment, °C.</summary>
[GenerateSerializer, Immutable]
public readonly record struct TemperatureSample([property: Id(0)] DateTimeOffset Time, [property: Id(1)] double Celsius);
