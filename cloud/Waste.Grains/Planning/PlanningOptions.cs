namespace Waste.Grains.Planning;

/// <summary>How collection days are planned (configuration section <see cref="Section"/>).</summary>
public sealed class PlanningOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Planning";

    /// <summary>Seconds the route optimiser may spend on a depot's day.</summary>
    public double TimeLimitSeconds { get; set; } = 10;

    /// <summary>When set, the optimiser also stops after this many iterations. With it and the seed the plan no longer
    /// depends on how fast the machine is: simulations and tests that compare runs set it.</summary>
    public int? MaxIterations { get; set; }

    /// <summary>With <see cref="MaxIterations"/>, the iterations the optimiser goes on for beyond them (within the time
    /// limit) while its plan still breaks a rule of the day: a short search from a cold start left a depot's trucks at
    /// home and others hours past their shift, which a crew cannot drive (simulator/README.md). 0: none.</summary>
    public int IterationsToFeasibility { get; set; } = 50;

    /// <summary>When set, the optimiser's population (μ; it starts from four times as many solutions) instead of its
    /// default 25: a smaller one reaches a good plan of a few hundred bins in fewer iterations, which a simulation of
    /// weeks of days needs more than the last fraction of a percent.</summary>
    public int? PopulationSize { get; set; }

    /// <summary>Iterations of the optimiser when a crew's skip or a breakdown re-plans the rest of a day. The re-plan
    /// starts from the plan being followed (without the stops done and the truck lost; what that truck still had is put
    /// where it costs least) and takes it to a local optimum; 0, the default, stops there: a repair, in a fraction of a
    /// second, not a new search.</summary>
    public int RePlanIterations { get; set; }

    /// <summary>When set, each morning plan is also written to this folder as <c>{depot}_{day}.json</c> (the routing
    /// model, the plan and the travel estimate), so that a plan can be examined and solved again offline.</summary>
    public string? ArchiveDirectory { get; set; }

    /// <summary>How the tuned static schedule is chosen (section <c>Planning:TunedStatic</c>).</summary>
    public Scheduling.Policies.TunedStatic.TunedStaticOptions TunedStatic { get; set; } = new();

    /// <summary>How the anticipatory policy looks ahead (section <c>Planning:Anticipatory</c>).</summary>
    public Scheduling.Policies.Anticipatory.AnticipatoryOptions Anticipatory { get; set; } = new();

    /// <summary>Seed of the route optimiser: the same inputs give the same plan.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Road distance over great-circle distance (OSRM can replace the estimate: see the routing README).</summary>
    public double CircuityFactor { get; set; } = 1.35;

    /// <summary>A truck's average speed between stops in town, km/h.</summary>
    public double AverageSpeedKmh { get; set; } = 22;

    /// <summary>Minutes at a bin: park, wheel it, tip it, put it back.</summary>
    public double ServiceMinutes { get; set; } = 1.5;

    /// <summary>What leaving a bin to overflow costs, in the same unit as a kilometre driven: the weight the forecast
    /// policy puts on overflow against distance.</summary>
    public double OverflowPenalty { get; set; } = 400;
}
