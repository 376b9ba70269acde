using Waste.Routing.Instances;

namespace Waste.Routing.Checking;

/// <summary>What the checker found about a solution of a Kim instance.</summary>
/// <param name="Miles">Total distance driven, miles (Manhattan, from the coordinates).</param>
/// <param name="Hours">Total working time of the trucks, depot to depot, hours (waiting and lunch included).</param>
/// <param name="Trucks">Trucks used.</param>
/// <param name="Violations">Every broken rule; empty when feasible.</param>
public sealed record KimCheckReport(double Miles, double Hours, int Trucks, IReadOnlyList<string> Violations)
{
    /// <summary>Whether no rule is broken.</summary>
    public bool IsFeasible => Violations.Count == 0;
}

/// <summary>
/// Checks a solution of a Kim instance by driving it again in the instance's own units, with none of the solver's
/// code: each stop exactly once; trucks leave the depot no earlier than it opens and are back before it closes;
/// service starts within each stop's and landfill's window (waiting allowed); no trip above the truck's capacity; a
/// landfill visit after the last stop (trucks return empty); the day's volume and stop count within the limits; exactly
/// one lunch per truck, started between 11:00 and 12:00 where the truck stands; no more trucks than the fleet.
/// Limits are compared with a tolerance of 1e-6.
/// </summary>
public static class KimSolutionChecker
{
    private const double Tolerance = 1e-6;

    /// <summary>Checks <paramref name="solution"/>; <paramref name="fleet"/> trucks may be used (null for any number).</summary>
    public static KimCheckReport Check(KimInstance instance, KimSolution solution, int? fleet)
    {
        var stops = instance.Stops.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var landfills = instance.Landfills.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var served = new Dictionary<string, int>(StringComparer.Ordinal);
        var violations = new List<string>();
        double feet = 0, seconds = 0;
        var trucks = 0;
        foreach (var (route, index) in solution.Routes.Select((r, i) => (r, i + 1)))
        {
            if (route.Count == 0)
            {
                continue;
            }

            trucks++;
            var here = instance.Depot;
            double time = instance.Depot.Earliest, onBoard = 0, day = 0;
            int count = 0, lunches = 0;
            foreach (var visit in route)
            {
                if (visit == KimSolution.Lunch)
                {
                    lunches++;
                    var start = Math.Max(time, KimInstance.LunchEarliest);
                    if (start > KimInstance.LunchLatest + Tolerance)
                    {
                        violations.Add($"route {index}: lunch starts at {Clock(start)}, after 12:00");
                    }

                    time = start + instance.LunchSeconds;
                    continue;
                }

                KimSite site;
                if (stops.TryGetValue(visit, out var stop))
                {
                    site = stop;
                    served[visit] = served.GetValueOrDefault(visit) + 1;
                    onBoard += stop.Load;
                    day += stop.Load;
                    count++;
                    if (onBoard > instance.Capacity + Tolerance)
                    {
                        violations.Add($"route {index}: {onBoard:0.##} yd3 on board after stop {visit}, above the capacity {instance.Capacity}");
                    }
                }
                else if (landfills.TryGetValue(visit, out var landfill))
                {
                    site = landfill;
                    onBoard = 0;
                }
                else
                {
                    violations.Add($"route {index}: '{visit}' is neither a stop nor a landfill");
                    continue;
                }

                feet += KimInstance.Feet(here, site);
                time = Math.Max(time + instance.Seconds(here, site), site.Earliest);
                if (time > site.Latest + Tolerance)
                {
                    violations.Add($"route {index}: service at {visit} starts at {Clock(time)}, after {Clock(site.Latest)}");
                }

                time += site.Service;
                here = site;
            }

            feet += KimInstance.Feet(here, instance.Depot);
            time += instance.Seconds(here, instance.Depot);
            seconds += time - instance.Depot.Earliest;
            if (time > instance.Depot.Latest + Tolerance)
            {
                violations.Add($"route {index}: back at the depot at {Clock(time)}, after it closes at {Clock(instance.Depot.Latest)}");
            }

            if (onBoard > Tolerance)
            {
                violations.Add($"route {index}: returns with {onBoard:0.##} yd3 on board, not via a landfill");
            }

            if (day > instance.DailyVolume + Tolerance)
            {
                violations.Add($"route {index}: collects {day:0.##} yd3 in the day, above {instance.DailyVolume}");
            }

            if (count > instance.MaxStops)
            {
                violations.Add($"route {index}: serves {count} stops, above {instance.MaxStops}");
            }

            if (lunches != 1)
            {
                violations.Add($"route {index}: takes {lunches} lunch breaks, not one");
            }
        }

        foreach (var stop in instance.Stops)
        {
            if (served.GetValueOrDefault(stop.Id) != 1)
            {
                violations.Add($"stop {stop.Id} served {served.GetValueOrDefault(stop.Id)} times");
            }
        }

        if (fleet is { } limit && trucks > limit)
        {
            violations.Add($"{trucks} trucks used, the fleet has {limit}");
        }

        return new KimCheckReport(feet / KimInstance.FeetPerMile, seconds / 3600, trucks, violations);
    }

    private static string Clock(double seconds) => TimeSpan.FromSeconds(seconds).ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture);
}
