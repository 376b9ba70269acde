using Waste.Registry;

namespace Waste.Grains.Planning;

/// <summary>The city's collection fleet: depots, disposal sites and trucks, as the dispatcher keeps it.</summary>
[GenerateSerializer, Immutable]
public sealed record FleetConfiguration
{
    /// <summary>Where trucks start and end their shifts.</summary>
    [Id(0)] public IReadOnlyList<DepotSpec> Depots { get; init; } = [];

    /// <summary>Where trucks unload (landfill, transfer station, treatment complex).</summary>
    [Id(1)] public IReadOnlyList<DisposalSiteSpec> DisposalSites { get; init; } = [];

    /// <summary>The trucks.</summary>
    [Id(2)] public IReadOnlyList<VehicleSpec> Vehicles { get; init; } = [];
}

/// <summary>A depot.</summary>
[GenerateSerializer, Immutable]
public sealed record DepotSpec(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] double Latitude,
    [property: Id(3)] double Longitude);

/// <summary>A disposal site, the streams it takes, how long unloading takes and when it is open (local time of day).</summary>
[GenerateSerializer, Immutable]
public sealed record DisposalSiteSpec(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] double Latitude,
    [property: Id(3)] double Longitude,
    [property: Id(4)] IReadOnlyList<WasteStream> Streams,
    [property: Id(5)] TimeSpan UnloadTime,
    [property: Id(6)] TimeSpan Opens,
    [property: Id(7)] TimeSpan Closes);

/// <summary>A truck: its depot, body, streams, shift (local time of day), costs and crew.</summary>
[GenerateSerializer, Immutable]
public sealed record VehicleSpec
{
    /// <summary>Id, for example its plate.</summary>
    [Id(0)] public required string Id { get; init; }

    /// <summary>The depot it starts from and returns to.</summary>
    [Id(1)] public required string DepotId { get; init; }

    /// <summary>Body volume, litres (a 10 m3 compactor takes about 2.5 times that loose).</summary>
    [Id(2)] public required double CapacityLitres { get; init; }

    /// <summary>Payload, kilograms.</summary>
    [Id(3)] public required double CapacityKilograms { get; init; }

    /// <summary>Streams it collects (a truck does not mix what residents sorted).</summary>
    [Id(4)] public required IReadOnlyList<WasteStream> Streams { get; init; }

    /// <summary>Shift start, local time of day.</summary>
    [Id(5)] public TimeSpan ShiftStart { get; init; } = TimeSpan.FromHours(5);

    /// <summary>Shift end, local time of day.</summary>
    [Id(6)] public TimeSpan ShiftEnd { get; init; } = TimeSpan.FromHours(13);

    /// <summary>Cost of using the truck for a day.</summary>
    [Id(7)] public double FixedCost { get; init; }

    /// <summary>Cost per kilometre driven.</summary>
    [Id(8)] public double CostPerKm { get; init; } = 1;

    /// <summary>The most disposal trips in a shift.</summary>
    [Id(9)] public int MaxDisposalTrips { get; init; } = 3;

    /// <summary>The user names of its crew: they see this truck's route.</summary>
    [Id(10)] public IReadOnlyList<string> Crew { get; init; } = [];

    /// <summary>False while the truck is out of service: it is not planned.</summary>
    [Id(11)] public bool Available { get; init; } = true;

    /// <summary>The crew's lunch break, or null for none.</summary>
    [Id(12)] public LunchBreakSpec? Lunch { get; init; }

    /// <summary>Most volume the truck may collect in a day across its trips, litres; null for no limit.</summary>
    [Id(13)] public double? DailyVolumeLitres { get; init; }

    /// <summary>Most stops the truck may serve in a day; null for no limit.</summary>
    [Id(14)] public int? MaxStops { get; init; }

    /// <summary>Whether the truck unloads at a disposal site before it returns to the depot whenever it carries waste.</summary>
    [Id(15)] public bool UnloadBeforeReturn { get; init; }
}

/// <summary>A crew's lunch: it starts between two local times of day and lasts a while, wherever the truck is then.</summary>
[GenerateSerializer, Immutable]
public sealed record LunchBreakSpec(
    [property: Id(0)] TimeSpan EarliestStart,
    [property: Id(1)] TimeSpan LatestStart,
    [property: Id(2)] TimeSpan Duration);
