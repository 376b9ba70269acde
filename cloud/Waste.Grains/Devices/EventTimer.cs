namespace Waste.Grains.Devices;

/// <summary>
/// A one-shot timer on the event clock that calls back into a grain through its reference, so the callback runs in
/// the grain's turn. Orleans' own timers run on real time; these follow the domain's clock, so a simulated day's
/// silence raises its alert when the simulated day has passed, however fast the simulation runs.
/// </summary>
/// <remarks>
/// Built for watchdogs whose deadline moves later with every message: a call already due before the new deadline is
/// kept, and the callback checks whether the deadline has really passed and asks again. So a message costs no timer
/// churn, and a device has about one timer call per deadline period however often it reports.
/// </remarks>
public sealed class EventTimer(TimeProvider time) : IDisposable
{
    private ITimer? _timer;
    private DateTimeOffset _due;

    /// <summary>Makes sure <paramref name="callback"/> is called at <paramref name="at"/> or before: a pending call due
    /// earlier (and still in the future) is kept, any other is replaced.</summary>
    public void NoLaterThan(DateTimeOffset at, Func<Task> callback)
    {
        var now = time.GetUtcNow();
        if (_timer is not null && _due <= at && _due > now)
        {
            return;
        }

        _timer?.Dispose();
        _due = at;
        var wait = at - now;
        _timer = time.CreateTimer(_ => _ = callback(), null, wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan);
    }

    /// <inheritdoc />
    public void Dispose() => _timer?.Dispose();
}
