using Waste.Grains.Planning;
using Waste.Simulation.Trucks;

namespace Waste.Simulation.Profiling;

/// <summary>The crews' reports, timed: emptied bins as <see cref="ProfilePhase.CrewReports"/> (several depots' at
/// once), skips, breakdowns and the day read back after an error as <see cref="ProfilePhase.RePlans"/>.</summary>
public sealed class ProfiledDispatch(IDispatch inner, RunProfile profile) : IDispatch
{
    private readonly OverlappingPhase _collected = new(profile, ProfilePhase.CrewReports);

    /// <inheritdoc />
    public async Task CollectedAsync(string depot, DateOnly day, string truck, string bin, CancellationToken cancellationToken)
    {
        using var _ = _collected.Start(day);
        await inner.CollectedAsync(depot, day, truck, bin, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CollectionPlanView> SkippedAsync(string depot, DateOnly day, string truck, string bin, string reason, CancellationToken cancellationToken)
    {
        using var _ = profile.Measure(day, ProfilePhase.RePlans);
        return await inner.SkippedAsync(depot, day, truck, bin, reason, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CollectionPlanView> CurrentAsync(string depot, DateOnly day, CancellationToken cancellationToken)
    {
        using var _ = profile.Measure(day, ProfilePhase.RePlans);
        return await inner.CurrentAsync(depot, day, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CollectionPlanView> OutOfServiceAsync(string depot, DateOnly day, string truck, CancellationToken cancellationToken)
    {
        using var _ = profile.Measure(day, ProfilePhase.RePlans);
        return await inner.OutOfServiceAsync(depot, day, truck, cancellationToken);
    }
}
