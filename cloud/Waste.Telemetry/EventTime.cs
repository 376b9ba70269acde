namespace Waste.Telemetry;

/// <summary>
/// The clock the domain runs on: readings, forecasts, token expiry and offline detection all use it. It is a
/// <see cref="TimeProvider"/> registered under <see cref="ServiceKey"/>, the system clock in production and a virtual
/// clock in tests and simulations. It is kept apart from the unkeyed TimeProvider so that Orleans' own timers
/// (membership, timeouts) keep real time while a simulated month runs in minutes.
/// </summary>
public static class EventTime
{
    /// <summary>The DI key of the domain's <see cref="TimeProvider"/>.</summary>
    public const string ServiceKey = "event-time";
}
