namespace Waste.Scheduling.Policies.Anticipatory;

/// <summary>How the anticipatory policy looks ahead (configuration section <c>Planning:Anticipatory</c>).</summary>
public sealed record AnticipatoryOptions
{
    /// <summary>Days planned together each morning, today first; only today's routes are driven, the rest are planned
    /// again the next morning with fresher readings.</summary>
    public int HorizonDays { get; init; } = 3;

    /// <summary>The fill a bin is kept under: it is due once the top of its forecast's 80 % band could reach this.</summary>
    public double DuePercent { get; init; } = 90;

    /// <summary>The fill from which a bin is worth a visit on a day when it is not due yet (expected fill).</summary>
    public double ReleasePercent { get; init; } = 50;

    /// <summary>The first days of the horizon in which a due bin must go; a bin due later in the horizon may go, at
    /// <see cref="DueLaterPrizeKm"/>. With every bin due within the horizon a must-go, the calibrated city's horizons
    /// held four fifths of their bins as must-go and most depots' could not be planned within their shifts, which
    /// left bins due today unserved; a bin due the day after tomorrow can still go tomorrow.</summary>
    public int MustGoDays { get; init; } = 2;

    /// <summary>What emptying a bin due later in the horizon than <see cref="MustGoDays"/> is worth, in km: the trucks
    /// take it wherever they have room at a detour of less than this.</summary>
    public double DueLaterPrizeKm { get; init; } = 10;

    /// <summary>What emptying a full bin that is not due within the horizon is worth, in km: a truck takes such a bin
    /// along when the detour costs less than this times its expected share full.</summary>
    public double PassingByKm { get; init; } = 1;
}
