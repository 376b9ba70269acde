using Waste.Grains.Planning;

namespace Waste.Simulation.Trucks;

/// <summary>One truck's day as it is driven: where it is, when it is free, what it carries, what is left of its
/// route, and what it has driven so far.</summary>
public sealed class TruckRun(VehicleSpec vehicle, string depotId, DateOnly day, double latitude, double longitude, DateTimeOffset departure)
{
    /// <summary>The truck.</summary>
    public VehicleSpec Vehicle => vehicle;

    /// <summary>The streams it collects, as the KPIs split the driving by them ("Recyclable", "Residual + Organic").</summary>
    public string Streams { get; } = string.Join(" + ", vehicle.Streams.Order());

    /// <summary>Its depot.</summary>
    public string DepotId => depotId;

    /// <summary>The local day.</summary>
    public DateOnly Day => day;

    /// <summary>Where it is (the last place it reached).</summary>
    public (double Latitude, double Longitude) Position { get; set; } = (latitude, longitude);

    /// <summary>When it is done with what it is doing and can drive on.</summary>
    public DateTimeOffset FreeAt { get; set; } = departure;

    /// <summary>When it left the depot.</summary>
    public DateTimeOffset DepartedAt { get; } = departure;

    /// <summary>When it was back at the depot (or broke down); null while out.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Loose litres on board.</summary>
    public double LoadLitres { get; set; }

    /// <summary>Kilometres driven today.</summary>
    public double Km { get; set; }

    /// <summary>The stops still to visit, in order (bins and disposal sites).</summary>
    public List<PlannedStop> Remaining { get; set; } = [];

    /// <summary>When it will break down today, if it will.</summary>
    public DateTimeOffset? BreakdownAt { get; init; }

    /// <summary>True once it broke down.</summary>
    public bool Broken { get; set; }

    /// <summary>True while it still has something to do (stops, or the drive home).</summary>
    public bool IsOut => FinishedAt is null && !Broken;
}
