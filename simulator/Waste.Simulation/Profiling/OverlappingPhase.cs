namespace Waste.Simulation.Profiling;

/// <summary>
/// Times a phase whose calls overlap (the crews' reports of several depots on their way at once): it runs from the
/// start of a call made while none was running until no call is left, so time spent by calls side by side counts once.
/// </summary>
public sealed class OverlappingPhase(RunProfile profile, ProfilePhase phase)
{
    private readonly Lock _gate = new();
    private int _running;
    private RunProfile.Measurement _measurement;

    /// <summary>A call of the phase starts, on <paramref name="day"/> if none is running; disposing the result ends it.</summary>
    public Call Start(DateOnly day)
    {
        lock (_gate)
        {
            if (_running++ == 0)
            {
                _measurement = profile.Measure(day, phase);
            }
        }

        return new Call(this);
    }

    private void End()
    {
        lock (_gate)
        {
            if (--_running == 0)
            {
                _measurement.Dispose();
            }
        }
    }

    /// <summary>A call being timed.</summary>
    public readonly struct Call(OverlappingPhase phase) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => phase.End();
    }
}
