namespace Waste.Scheduling;

/// <summary>The day a policy plans, and what it plans with.</summary>
/// <param name="Day">The local day being planned.</param>
/// <param name="Calendar">The depot's fleet on that day and the days after.</param>
/// <param name="ThresholdPercent">The city's collection threshold: the fill at which a bin should be emptied.</param>
/// <param name="OverflowPenalty">What leaving a bin to overflow costs, in the unit of a kilometre driven.</param>
/// <param name="Memory">What the policy kept for this depot at its last plan (JSON it wrote), or null.</param>
public sealed record PlanningDay(DateOnly Day, IDepotCalendar Calendar, double ThresholdPercent, double OverflowPenalty, string? Memory = null)
{
    /// <summary>When the day's shifts start and end.</summary>
    public Routing.Modelling.TimeWindow Shifts => Calendar.ShiftsOn(Day);

    /// <summary>The next day's shift start: the soonest a bin left out of this day's plan can be emptied.</summary>
    public DateTimeOffset NextPossibleVisit => Calendar.ShiftsOn(Day.AddDays(1)).Start;
}
