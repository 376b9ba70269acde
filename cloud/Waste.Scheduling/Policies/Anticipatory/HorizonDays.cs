using System.Globalization;
using Waste.Routing.Modelling;

namespace Waste.Scheduling.Policies.Anticipatory;

/// <summary>
/// The fleet over a horizon of days as one routing model's fleet: each truck once a day, named <c>truck@day</c> with
/// that day's shift, so the optimiser chooses the day of each bin by choosing its truck; a truck left without stops on
/// a day stays at the depot. A disposal site open around the clock is one place; one with opening hours is one place
/// a day, named like the trucks.
/// </summary>
public sealed class HorizonDays
{
    private const char Separator = '@';

    /// <summary>The horizon of <paramref name="days"/> days from <paramref name="first"/>.</summary>
    public HorizonDays(DateOnly first, int days, IDepotCalendar calendar)
    {
        Days = [.. Enumerable.Range(0, Math.Max(1, days)).Select(first.AddDays)];
        Vehicles = [.. Days.SelectMany(day => calendar.VehiclesOn(day).Select(v => v with { Id = Name(v.Id, day) }))];
        var byDay = Days.Select(day => (Day: day, Sites: calendar.SitesOn(day), Shifts: calendar.ShiftsOn(day))).ToList();
        Sites = [.. byDay[0].Sites.SelectMany(site =>
            byDay.All(d => d.Sites.FirstOrDefault(s => s.Id == site.Id) is { } same && Covers(same.OpeningHours, d.Shifts))
                ? [site with { OpeningHours = null }]
                : byDay.Select(d => d.Sites.First(s => s.Id == site.Id) with { Id = Name(site.Id, d.Day) }))];
        Shifts = [.. Days.Select(calendar.ShiftsOn)];
    }

    /// <summary>The days, the first being planned for real.</summary>
    public IReadOnlyList<DateOnly> Days { get; }

    /// <summary>Each truck once a day.</summary>
    public IReadOnlyList<Vehicle> Vehicles { get; }

    /// <summary>The disposal sites over the horizon.</summary>
    public IReadOnlyList<DisposalSite> Sites { get; }

    /// <summary>When each day's shifts start and end.</summary>
    public IReadOnlyList<TimeWindow> Shifts { get; }

    /// <summary>The first day's first shift start.</summary>
    public DateTimeOffset Start => Shifts[0].Start;

    /// <summary>The first day's last shift end.</summary>
    public DateTimeOffset FirstDayEnd => Shifts[0].End;

    /// <summary>The last day's last shift end.</summary>
    public DateTimeOffset End => Shifts[^1].End;

    /// <summary>A truck's or a site's name on <paramref name="day"/>.</summary>
    public static string Name(string id, DateOnly day) => id + Separator + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The truck or site a horizon name stands for, and its day (null for a name without one).</summary>
    public static (string Id, DateOnly? Day) Parse(string name)
    {
        var at = name.LastIndexOf(Separator);
        return at > 0 && DateOnly.TryParseExact(name[(at + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (name[..at], day)
            : (name, null);
    }

    private static bool Covers(TimeWindow? hours, TimeWindow shifts) => hours is not { } open || (open.Start <= shifts.Start && open.End >= shifts.End);
}
