namespace Waste.Grains.Planning;

/// <summary>
/// One depot's collection day (key: <see cref="PlanKey"/>): chooses the bins, plans the trucks' routes, keeps the
/// crews' progress, and re-plans when a truck breaks down or a crew skips a stop.
/// </summary>
public interface IRoutePlannerGrain : IGrainWithStringKey
{
    /// <summary>How long a call may take: every call can wait behind a plan or re-plan, which takes up to
    /// <c>Planning:TimeLimitSeconds</c> after the bins' forecasts are fetched, longer on a loaded machine; Orleans'
    /// default of 30 s answered a re-plan with an error while it went on to finish (seen in a simulation).</summary>
    const string PlanningCallTimeout = "00:03:00";

    /// <summary>Plans the day from scratch with <paramref name="policy"/>; refused once crews have started.</summary>
    [ResponseTimeout(PlanningCallTimeout)]
    Task<PlanUpdate> Plan(SelectionPolicy policy);

    /// <summary>The day's plan, or null before it is planned.</summary>
    [ResponseTimeout(PlanningCallTimeout)]
    Task<CollectionPlanView?> Get();

    /// <summary>A crew emptied a bin.</summary>
    [ResponseTimeout(PlanningCallTimeout)]
    Task<PlanUpdate> MarkCollected(string binId, string vehicleId);

    /// <summary>A crew could not collect a bin (blocked, bin damaged, nothing out): the rest of the day is re-planned.</summary>
    [ResponseTimeout(PlanningCallTimeout)]
    Task<PlanUpdate> MarkSkipped(string binId, string vehicleId, string reason);

    /// <summary>A truck is out of service: its remaining stops go to the others.</summary>
    [ResponseTimeout(PlanningCallTimeout)]
    Task<PlanUpdate> VehicleOutOfService(string vehicleId);
}

/// <summary>The plan after an action, or why the action was refused.</summary>
[GenerateSerializer, Immutable]
public sealed record PlanUpdate
{
    /// <summary>The plan now.</summary>
    [Id(0)] public CollectionPlanView? Plan { get; init; }

    /// <summary>Why the action was refused.</summary>
    [Id(1)] public string? Error { get; init; }

    /// <summary>True when the error is that there is nothing to act on (no plan, no such stop or truck).</summary>
    [Id(2)] public bool NotFound { get; init; }

    /// <summary>An action taken.</summary>
    public static PlanUpdate Done(CollectionPlanView plan) => new() { Plan = plan };

    /// <summary>An action refused.</summary>
    public static PlanUpdate Refused(string error, bool notFound = false) => new() { Error = error, NotFound = notFound };
}
