namespace Waste.Simulation.Profiling;

/// <summary>The parts of a simulated day the profile tells apart.</summary>
public enum ProfilePhase
{
    /// <summary>Devices' events: the firmware's wakes and ticks, and the cloud taking their messages (MQTT, hub,
    /// grains, storage) before the step ends.</summary>
    Devices,

    /// <summary>Trucks driving, emptying and unloading, crews' reports and re-plans included.</summary>
    Trucks,

    /// <summary>Crews reporting emptied bins to the cloud (part of <see cref="Trucks"/>).</summary>
    CrewReports,

    /// <summary>Skips and breakdowns reported, answered with a re-plan of the depot's day (part of <see cref="Trucks"/>).</summary>
    RePlans,

    /// <summary>Each morning's plans: every depot's bins chosen and routes optimised.</summary>
    MorningPlans,
}
