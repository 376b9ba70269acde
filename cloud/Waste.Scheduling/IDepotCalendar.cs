using Waste.Routing.Modelling;

namespace Waste.Scheduling;

/// <summary>A depot's fleet day by day: the trucks in service with their shifts on a day, and where they unload.</summary>
public interface IDepotCalendar
{
    /// <summary>The depot.</summary>
    Depot Depot { get; }

    /// <summary>The depot's trucks in service on <paramref name="day"/>, their shifts on that day.</summary>
    IReadOnlyList<Vehicle> VehiclesOn(DateOnly day);

    /// <summary>The disposal sites, their opening hours on <paramref name="day"/>.</summary>
    IReadOnlyList<DisposalSite> SitesOn(DateOnly day);

    /// <summary>When the day's shifts start and end (the depot's usual hours when no truck is in service).</summary>
    TimeWindow ShiftsOn(DateOnly day);
}
