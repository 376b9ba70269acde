namespace Waste.Routing.Instances;

/// <summary>One place of a Kim instance: where it is (feet), when service may start (seconds after midnight), how long
/// it takes (seconds) and the load it gives (cubic yards; 0 for the depot and landfills).</summary>
public sealed record KimSite(string Id, double X, double Y, int Earliest, int Latest, int Service, double Load);

/// <summary>
/// A waste collection VRPTW instance of Kim, Kim and Sahoo (2006): one depot, landfills where trucks unload as often
/// as they need, stops with time windows; a truck's capacity per trip, a volume and a stop count per day, a lunch break
/// and a speed for travel times over Manhattan distances (../shared/data/kim2006/SOURCE.md).
/// </summary>
public sealed record KimInstance
{
    /// <summary>Feet in a mile.</summary>
    public const double FeetPerMile = 5280;

    /// <summary>The lunch break starts between 11:00 and 12:00 (the files' comment; the benchmark's page says 13:00).</summary>
    public const int LunchEarliest = 11 * 3600;

    /// <summary>See <see cref="LunchEarliest"/>.</summary>
    public const int LunchLatest = 12 * 3600;

    /// <summary>Instance name (the file name, e.g. 102_stop).</summary>
    public required string Name { get; init; }

    /// <summary>Volume a truck holds between two landfill visits, cubic yards.</summary>
    public required double Capacity { get; init; }

    /// <summary>Volume a truck may collect in a day, cubic yards.</summary>
    public required double DailyVolume { get; init; }

    /// <summary>Stops a truck may serve in a day.</summary>
    public required int MaxStops { get; init; }

    /// <summary>Lunch break, seconds.</summary>
    public required int LunchSeconds { get; init; }

    /// <summary>Travel speed, miles per hour.</summary>
    public required double SpeedMph { get; init; }

    /// <summary>The depot: its window is the trucks' day.</summary>
    public required KimSite Depot { get; init; }

    /// <summary>Landfills and transfer stations.</summary>
    public required IReadOnlyList<KimSite> Landfills { get; init; }

    /// <summary>The stops to collect.</summary>
    public required IReadOnlyList<KimSite> Stops { get; init; }

    /// <summary>Manhattan distance between two places, feet.</summary>
    public static double Feet(KimSite a, KimSite b) => Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y);

    /// <summary>Travel time between two places at the instance's speed, seconds (102_stop: depot to landfill 1 is 262.3 s).</summary>
    public double Seconds(KimSite a, KimSite b) => Feet(a, b) / FeetPerMile / SpeedMph * 3600;
}
