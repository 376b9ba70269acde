using System.Text.Json.Serialization;
using Waste.Grains.Alerts;
using Waste.Registry;

namespace Waste.Grains.Events;

/// <summary>
/// Something a device grain tells another grain (the alert board, its zone). Events wait in the device's persisted
/// outbox until delivered, so a failure after the device's state was saved loses none; every receiver takes an event
/// twice as once. The JSON attributes name each kind, so a store that keeps state as JSON (Cosmos DB) keeps the outbox
/// whole.
/// </summary>
[GenerateSerializer]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(AlertRaised), "alert-raised")]
[JsonDerivedType(typeof(AlertCleared), "alert-cleared")]
[JsonDerivedType(typeof(BinEmptied), "bin-emptied")]
[JsonDerivedType(typeof(BinOverflowed), "bin-overflowed")]
[JsonDerivedType(typeof(ToiletTime), "toilet-time")]
[JsonDerivedType(typeof(FaultBegan), "fault-began")]
public abstract record DeviceEvent;

/// <summary>A condition started: raise its alert.</summary>
[GenerateSerializer]
public sealed record AlertRaised([property: Id(0)] AlertCondition Condition) : DeviceEvent;

/// <summary>A condition ended.</summary>
[GenerateSerializer]
public sealed record AlertCleared(
    [property: Id(0)] string DeviceId,
    [property: Id(1)] AlertKind Kind,
    [property: Id(2)] DateTimeOffset At) : DeviceEvent;

/// <summary>A bin was emptied: the volume collected counts towards its ward's day.</summary>
[GenerateSerializer]
public sealed record BinEmptied(
    [property: Id(0)] string ZoneKey,
    [property: Id(1)] string BinId,
    [property: Id(2)] WasteStream Stream,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] double Litres) : DeviceEvent;

/// <summary>A bin was overflowing from one time to another: bin-hours of overflow for its ward.</summary>
[GenerateSerializer]
public sealed record BinOverflowed(
    [property: Id(0)] string ZoneKey,
    [property: Id(1)] string BinId,
    [property: Id(2)] DateTimeOffset From,
    [property: Id(3)] DateTimeOffset To) : DeviceEvent;

/// <summary>A toilet was available (or not) during part of its opening hours, with the visits in that time.</summary>
[GenerateSerializer]
public sealed record ToiletTime(
    [property: Id(0)] string ZoneKey,
    [property: Id(1)] string ToiletId,
    [property: Id(2)] DateTimeOffset From,
    [property: Id(3)] DateTimeOffset To,
    [property: Id(4)] bool Available,
    [property: Id(5)] int Visits) : DeviceEvent;

/// <summary>A fault began on a device: counted in its ward's day.</summary>
[GenerateSerializer]
public sealed record FaultBegan(
    [property: Id(0)] string ZoneKey,
    [property: Id(1)] string DeviceId,
    [property: Id(2)] AlertKind Kind,
    [property: Id(3)] DateTimeOffset At) : DeviceEvent;
