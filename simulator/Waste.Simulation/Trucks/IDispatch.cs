using Waste.Grains.Planning;

namespace Waste.Simulation.Trucks;

/// <summary>What a truck's crew tells the dispatcher (the cloud) during the day; a skip or a breakdown is answered with
/// the depot's day as it now stands (re-planned), an emptied bin only acknowledged.</summary>
public interface IDispatch
{
    /// <summary>A stop was emptied.</summary>
    Task CollectedAsync(string depot, DateOnly day, string truck, string bin, CancellationToken cancellationToken);

    /// <summary>A stop could not be emptied, for <paramref name="reason"/>.</summary>
    Task<CollectionPlanView> SkippedAsync(string depot, DateOnly day, string truck, string bin, string reason, CancellationToken cancellationToken);

    /// <summary>The depot's day as it now stands.</summary>
    Task<CollectionPlanView> CurrentAsync(string depot, DateOnly day, CancellationToken cancellationToken);

    /// <summary>A truck broke down.</summary>
    Task<CollectionPlanView> OutOfServiceAsync(string depot, DateOnly day, string truck, CancellationToken cancellationToken);
}
