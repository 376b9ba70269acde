namespace Waste.Simulation.Faults;

/// <summary>
/// How often each fault starts and how long it lasts. Rates are per 1,000 bin-days (outages per ward per 28 days);
/// the defaults are assumptions of the right order for a street fleet (a few faults a day in a city of 2,000 bins),
/// not measurements.
/// </summary>
public sealed record FaultRates
{
    /// <summary>Stuck sensors per 1,000 bin-days.</summary>
    public double StuckSensor { get; init; } = 0.5;

    /// <summary>Lids left open per 1,000 bin-days.</summary>
    public double LidOpen { get; init; } = 2;

    /// <summary>Batteries draining per 1,000 bin-days.</summary>
    public double BatteryDrain { get; init; } = 0.3;

    /// <summary>Knocked-over bins per 1,000 bin-days.</summary>
    public double Vandalism { get; init; } = 1;

    /// <summary>Network outages per ward per 28 days.</summary>
    public double NetworkOutagesPerWardMonth { get; init; } = 0.25;

    /// <summary>How long a stuck sensor stays stuck until a technician comes.</summary>
    public TimeSpan StuckFor { get; init; } = TimeSpan.FromDays(3);

    /// <summary>How long a lid stays open.</summary>
    public TimeSpan LidOpenFor { get; init; } = TimeSpan.FromHours(8);

    /// <summary>How long a knocked-over bin lies on its side.</summary>
    public TimeSpan VandalisedFor { get; init; } = TimeSpan.FromHours(12);

    /// <summary>How long an outage lasts: longer than the cloud's 13 hours of silence, so it shows as offline.</summary>
    public TimeSpan OutageFor { get; init; } = TimeSpan.FromHours(16);

    /// <summary>No faults at all.</summary>
    public static FaultRates None => new() { StuckSensor = 0, LidOpen = 0, BatteryDrain = 0, Vandalism = 0, NetworkOutagesPerWardMonth = 0 };

    /// <summary>These rates times <paramref name="factor"/>.</summary>
    public FaultRates Scaled(double factor) => this with
    {
        StuckSensor = StuckSensor * factor,
        LidOpen = LidOpen * factor,
        BatteryDrain = BatteryDrain * factor,
        Vandalism = Vandalism * factor,
        NetworkOutagesPerWardMonth = NetworkOutagesPerWardMonth * factor,
    };
}
