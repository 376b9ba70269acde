namespace Waste.Grains.Devices;

/// <summary>
/// A one-shot timer on the event clock that calls back into a grain through its reference, so the callback runs in
/// the grain's turn. Orleans' own timers run on real time; these follow the domain's clock, so a simulated day's
/// silence raises its alert when the simulated day has passed, however fast the simulation runs.
/// </summary>
public sealed class EventTimer(TimeProvider time) : IDisposable
{
    private ITimer? _timer;

    /// <summary>Replaces any pending call with one to <paramref name="callback"/> at <paramref name="at"/>.</summary>
    public void At(DateTimeOffset at, Func<Task> callback)
    {
        _timer?.Dispose();
        var due = at - time.GetUtcNow();
        _timer = time.CreateTimer(_ => _ = callback(), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    /// <inheritdoc />
    public void Dispose() => _timer?.Dispose();
}
