using Waste.Grains.Planning;
using Waste.Simulation.Trucks;

namespace Waste.Simulation.Cloud;

/// <summary>Crews' reports over the cloud's HTTP API.</summary>
public sealed class ApiDispatch(CloudApi api) : IDispatch
{
    /// <inheritdoc />
    public Task CollectedAsync(string depot, DateOnly day, string truck, string bin, CancellationToken cancellationToken) =>
        api.CollectedAsync(depot, day, truck, bin, cancellationToken);

    /// <inheritdoc />
    public Task<CollectionPlanView> SkippedAsync(string depot, DateOnly day, string truck, string bin, string reason, CancellationToken cancellationToken) =>
        api.SkippedAsync(depot, day, truck, bin, reason, cancellationToken);

    /// <inheritdoc />
    public Task<CollectionPlanView> CurrentAsync(string depot, DateOnly day, CancellationToken cancellationToken) =>
        api.GetPlanAsync(depot, day, cancellationToken);

    /// <inheritdoc />
    public Task<CollectionPlanView> OutOfServiceAsync(string depot, DateOnly day, string truck, CancellationToken cancellationToken) =>
        api.OutOfServiceAsync(depot, day, truck, cancellationToken);
}
