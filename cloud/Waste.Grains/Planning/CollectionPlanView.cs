using Waste.Registry;

namespace Waste.Grains.Planning;

/// <summary>A depot's collection day as crews and the dispatcher see it: each truck's route, what could not be served,
/// and how far the day has got.</summary>
[GenerateSerializer, Immutable]
public sealed record CollectionPlanView
{
    /// <summary>The depot.</summary>
    [Id(0)] public required string DepotId { get; init; }

    /// <summary>The local day.</summary>
    [Id(1)] public required DateOnly Day { get; init; }

    /// <summary>How the bins were chosen.</summary>
    [Id(2)] public required SelectionPolicy Policy { get; init; }

    /// <summary>Plans made for the day so far (re-plans count).</summary>
    [Id(3)] public required int Version { get; init; }

    /// <summary>When this version was made (event time).</summary>
    [Id(4)] public required DateTimeOffset PlannedAt { get; init; }

    /// <summary>The trucks' routes.</summary>
    [Id(5)] public required IReadOnlyList<PlannedRoute> Routes { get; init; }

    /// <summary>Bins chosen but no truck can serve, with the reason.</summary>
    [Id(6)] public IReadOnlyList<BinIssue> Unserved { get; init; } = [];

    /// <summary>Bins the planner could not consider (no readings yet, no position), with the reason.</summary>
    [Id(7)] public IReadOnlyList<BinIssue> NotConsidered { get; init; } = [];

    /// <summary>Bins the depot serves that were left for another day.</summary>
    [Id(8)] public int LeftOut { get; init; }

    /// <summary>True when every mandatory bin has a place and no truck breaks a limit.</summary>
    [Id(9)] public bool IsFeasible { get; init; }

    /// <summary>The plan's cost (distance and fixed costs plus penalties), in the optimiser's terms.</summary>
    [Id(10)] public double Cost { get; init; }

    /// <summary>Why each of the depot's bins is in the day's plan or waits for another day (the policy's decisions).</summary>
    [Id(11)] public IReadOnlyList<Scheduling.BinDecision> Decisions { get; init; } = [];

    /// <summary>Kilometres the routes drive, in all.</summary>
    public double DistanceKm => Routes.Sum(r => r.DistanceKm);
}

/// <summary>
/// One truck's day: the stops it reached (first, as its crew reported them) and the stops still to do, leaving the depot
/// at <see cref="Departure"/> and back at <see cref="Return"/>, <see cref="DistanceKm"/> in all, of which
/// <see cref="Done"/> is driven and <see cref="Remaining"/> is still to drive. A re-plan changes the part still to drive
/// and keeps the part driven.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PlannedRoute(
    [property: Id(0)] string VehicleId,
    [property: Id(1)] IReadOnlyList<string> Crew,
    [property: Id(2)] DateTimeOffset Departure,
    [property: Id(3)] DateTimeOffset Return,
    [property: Id(4)] double DistanceKm,
    [property: Id(5)] IReadOnlyList<PlannedStop> Stops,
    [property: Id(6)] double ReturnKm = 0)
{
    /// <summary>The part of the day driven: from the depot through the stops up to the last one reported.</summary>
    public RoutePart Done
    {
        get
        {
            var reached = StopsDone();
            var last = reached.LastOrDefault(s => s.IsBin);
            return new RoutePart(
                Math.Round(reached.Sum(s => s.LegKm), 3), Departure, last is null ? Departure : last.MarkedAt ?? last.Departure,
                reached.Count(s => s.IsBin && s.Status != StopStatus.Planned));
        }
    }

    /// <summary>The part still to drive: from the last stop reported through the stops to do, back to the depot.</summary>
    public RoutePart Remaining
    {
        get
        {
            var ahead = Stops.Skip(StopsDone().Count);
            return new RoutePart(
                Math.Round(ahead.Sum(s => s.LegKm) + ReturnKm, 3), Done.To, Return, Stops.Count(s => s.IsBin && s.Status == StopStatus.Planned));
        }
    }

    /// <summary>The stops behind the truck: every visit up to the last bin its crew reported, disposal trips between
    /// included (a crew that reports a stop out of order has driven the route up to it).</summary>
    public IReadOnlyList<PlannedStop> StopsDone()
    {
        var last = -1;
        for (var i = 0; i < Stops.Count; i++)
        {
            if (Stops[i].IsBin && Stops[i].Status != StopStatus.Planned)
            {
                last = i;
            }
        }

        return [.. Stops.Take(last + 1)];
    }
}

/// <summary>A visit on a route: a bin, a disposal site to unload at, or the crew's lunch (taken where the truck is).</summary>
[GenerateSerializer, Immutable]
public sealed record PlannedStop
{
    /// <summary>Bin or disposal site id.</summary>
    [Id(0)] public required string Id { get; init; }

    /// <summary>True for a disposal site.</summary>
    [Id(1)] public bool IsDisposal { get; init; }

    /// <summary>Where it is.</summary>
    [Id(2)] public required double Latitude { get; init; }

    /// <summary>Where it is.</summary>
    [Id(3)] public required double Longitude { get; init; }

    /// <summary>The bin's stream.</summary>
    [Id(4)] public WasteStream? Stream { get; init; }

    /// <summary>Litres expected in the bin when the truck arrives.</summary>
    [Id(5)] public double ExpectedLitres { get; init; }

    /// <summary>The bin's expected fill then, percent.</summary>
    [Id(6)] public double? ExpectedFillPercent { get; init; }

    /// <summary>Planned arrival.</summary>
    [Id(7)] public required DateTimeOffset Arrival { get; init; }

    /// <summary>Planned departure.</summary>
    [Id(8)] public required DateTimeOffset Departure { get; init; }

    /// <summary>Where the crew is with it.</summary>
    [Id(9)] public StopStatus Status { get; init; }

    /// <summary>When the crew marked it.</summary>
    [Id(10)] public DateTimeOffset? MarkedAt { get; init; }

    /// <summary>Why the crew skipped it.</summary>
    [Id(11)] public string? SkipReason { get; init; }

    /// <summary>The ward, to show crews where they are.</summary>
    [Id(12)] public string? Ward { get; init; }

    /// <summary>Kilometres from the visit before (or the truck's start) to this one, as planned.</summary>
    [Id(13)] public double LegKm { get; init; }

    /// <summary>True for the crew's lunch (its id is "break", its place where the truck stands, its leg 0 km).</summary>
    [Id(14)] public bool IsBreak { get; init; }

    /// <summary>Whether this is a bin to collect (not a disposal site, not the lunch).</summary>
    public bool IsBin => !IsDisposal && !IsBreak;
}

/// <summary>Where a crew is with a stop.</summary>
public enum StopStatus
{
    /// <summary>Not yet reached.</summary>
    Planned,

    /// <summary>Emptied.</summary>
    Collected,

    /// <summary>Not collected, with a reason (blocked, bin damaged, nothing out).</summary>
    Skipped,
}

/// <summary>A bin the plan could not serve or consider, and why.</summary>
[GenerateSerializer, Immutable]
public sealed record BinIssue([property: Id(0)] string BinId, [property: Id(1)] string Reason);
