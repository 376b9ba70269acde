using Waste.Grains.Planning;
using Waste.Simulation.City;
using Waste.Simulation.Faults;
using Waste.Simulation.Trucks;

namespace Waste.Simulation.Run;

/// <summary>One run of the virtual city under one policy: the city, the period, the faults, the crews, and how the
/// simulation and the cloud's planner are paced.</summary>
public sealed record SimulationOptions
{
    /// <summary>The city.</summary>
    public CityOptions City { get; init; } = new();

    /// <summary>How the cloud chooses the bins.</summary>
    public SelectionPolicy Policy { get; init; } = SelectionPolicy.Forecast;

    /// <summary>First simulated day, local (counted days start after the warm-up).</summary>
    public DateOnly Start { get; init; } = new(2026, 11, 30);

    /// <summary>Days counted in the KPIs.</summary>
    public int Days { get; init; } = 28;

    /// <summary>Days before the counted ones, run on the daily schedule for every policy, so the cloud has learnt the
    /// bins before the policies are compared. Not counted.</summary>
    public int WarmUpDays { get; init; } = 3;

    /// <summary>Simulated time per step: the cloud's clock jumps by it; devices run their own events within it at their
    /// exact times.</summary>
    public TimeSpan Step { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Local time each day's plans are made.</summary>
    public TimeSpan PlanAt { get; init; } = TimeSpan.FromHours(4);

    /// <summary>Faults to inject.</summary>
    public FaultRates Faults { get; init; } = new();

    /// <summary>What happens on the street.</summary>
    public CrewRules Crews { get; init; } = new();

    /// <summary>Roads, as the planner sees them too.</summary>
    public RoadModel Roads { get; init; } = new();

    /// <summary>The planner's iteration limit per depot and day (with the seed, plans do not depend on the machine).
    /// The default, with <see cref="PlannerPopulation"/>, is a short search: four local searches from random tours and two
    /// crossovers, about 1.5 s for a 400-bin depot here; on the 2,000-bin city it drove as few truck-km as 25 s of
    /// search (3,204 km a day, against 3,311 with 25 s and 3,171-3,290 in four runs with 2 s).</summary>
    public int PlannerIterations { get; init; } = 2;

    /// <summary>The planner's population (μ) per depot and day.</summary>
    public int PlannerPopulation { get; init; } = 1;

    /// <summary>The planner's time cap per depot and day, seconds.</summary>
    public double PlannerSeconds { get; init; } = 25;

    /// <summary>The planner's iterations when a skip or a breakdown re-plans a day (0: repair the plan being followed
    /// and take it to a local optimum, nothing more).</summary>
    public int RePlanIterations { get; init; }

    /// <summary>When set, the cloud writes each morning plan here (<c>Planning:ArchiveDirectory</c>), for
    /// <c>simulate plans-gap</c>.</summary>
    public string? PlanArchive { get; init; }

    /// <summary>Threads running device wakes.</summary>
    public int DeviceThreads { get; init; } = 64;

    /// <summary>Real seconds per simulated second at most (0: as fast as possible): the demo's watchable pace.</summary>
    public double Speed { get; init; }

    /// <summary>The first counted instant (local midnight after the warm-up).</summary>
    public DateTimeOffset CountFrom => Models.LocalTime.At(Start.AddDays(WarmUpDays), TimeSpan.Zero);

    /// <summary>The end of the run.</summary>
    public DateTimeOffset End => Models.LocalTime.At(Start.AddDays(WarmUpDays + Days), TimeSpan.Zero);

    /// <summary>The beginning of the run.</summary>
    public DateTimeOffset Begin => Models.LocalTime.At(Start, TimeSpan.Zero);

    /// <summary>The cloud's settings that must agree with the simulation's.</summary>
    public IReadOnlyList<string> CloudSettings =>
    [
        $"--Planning:MaxIterations={PlannerIterations}",
        $"--Planning:PopulationSize={PlannerPopulation}",
        $"--Planning:TimeLimitSeconds={PlannerSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        $"--Planning:Seed={City.Seed}",
        $"--Planning:RePlanIterations={RePlanIterations}",
        .. PlanArchive is null ? Array.Empty<string>() : [$"--Planning:ArchiveDirectory={Path.GetFullPath(PlanArchive)}"],
        $"--Planning:CircuityFactor={Roads.CircuityFactor.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        $"--Planning:AverageSpeedKmh={Roads.AverageSpeedKmh.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        $"--Planning:ServiceMinutes={Crews.ServiceTime.TotalMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        "--DeviceRules:UtcOffset=07:00:00",
    ];
}
