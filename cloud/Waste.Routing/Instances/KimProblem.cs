using Waste.Routing.Solving;

namespace Waste.Routing.Instances;

/// <summary>
/// Kim's instance as the solver's problem, distance being the objective: node 0 the depot, then the stops in file order,
/// then copies of each landfill (optional disposal visits, as many per landfill as trips the fleet may need), then one
/// lunch break per truck. Distances in hundredths of a foot (Manhattan), times in hundredths of a second with travel
/// rounded up, loads in hundredths of a cubic yard rounded up (capacities down): a route feasible here is feasible in
/// the instance's own units. Dimensions: 0 the load of a trip (emptied at a landfill, and the truck must end empty),
/// 1 the day's volume, 2 the day's stops, 3 the lunch owed (1 at the start, -1 a break), 4 the lunches taken (at most
/// one). Landfill visits and breaks are optional with a prize of -0.01 (a hundredth of a hundredth of a foot): one that
/// saves nothing costs that much, so the search drops a second unloading in a row or a second lunch.
/// </summary>
public sealed class KimProblem
{
    private const int Scale = 100;
    private const double UselessVisit = -0.01;

    /// <summary>Builds the problem for <paramref name="instance"/> with <paramref name="fleet"/> trucks.</summary>
    public KimProblem(KimInstance instance, int fleet)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fleet, 1);
        Instance = instance;
        Fleet = fleet;
        var sites = new List<KimSite> { instance.Depot };
        sites.AddRange(instance.Stops);
        var totalLoad = instance.Stops.Sum(s => s.Load);
        var trips = (int)Math.Min(instance.Stops.Count, Math.Ceiling(totalLoad / instance.Capacity) + fleet);
        foreach (var landfill in instance.Landfills)
        {
            sites.AddRange(Enumerable.Repeat(landfill, trips));
        }

        var firstBreak = sites.Count;
        sites.AddRange(Enumerable.Repeat(instance.Depot, fleet));
        Sites = sites;
        var n = sites.Count;
        var distance = new int[n * n];
        var duration = new int[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                distance[i * n + j] = (int)Math.Round(KimInstance.Feet(sites[i], sites[j]) * Scale);
                duration[i * n + j] = (int)Math.Ceiling(instance.Seconds(sites[i], sites[j]) * Scale - 1e-9);
            }
        }

        const int dims = 5;
        var demand = new int[n * dims];
        var earliest = new long[n];
        var latest = new long[n];
        var service = new int[n];
        var required = new bool[n];
        var isDisposal = new bool[n];
        var isBreak = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var site = sites[i];
            var isStop = i >= 1 && i <= instance.Stops.Count;
            isBreak[i] = i >= firstBreak;
            isDisposal[i] = i > instance.Stops.Count && !isBreak[i];
            required[i] = isStop;
            earliest[i] = (long)(isBreak[i] ? KimInstance.LunchEarliest : site.Earliest) * Scale;
            latest[i] = (long)(isBreak[i] ? KimInstance.LunchLatest : site.Latest) * Scale;
            service[i] = (isBreak[i] ? instance.LunchSeconds : i == 0 ? 0 : site.Service) * Scale;
            if (isStop)
            {
                var load = (int)Math.Ceiling(site.Load * Scale - 1e-9);
                demand[i * dims] = load;
                demand[i * dims + 1] = load;
                demand[i * dims + 2] = 1;
            }
            else if (isBreak[i])
            {
                demand[i * dims + 3] = -1;
                demand[i * dims + 4] = 1;
            }
        }

        var prize = Enumerable.Range(0, n).Select(i => i > instance.Stops.Count ? UselessVisit : 0).ToArray();

        var truck = new VehicleType
        {
            Count = fleet,
            Capacity = [(int)Math.Floor(instance.Capacity * Scale + 1e-9), (int)Math.Floor(instance.DailyVolume * Scale + 1e-9), instance.MaxStops, 0, 1],
            InitialLoad = [0, 0, 0, 1, 0],
            ShiftStart = (long)instance.Depot.Earliest * Scale,
            ShiftEnd = (long)instance.Depot.Latest * Scale,
            EndsEmpty = true,
            Name = "truck",
        };
        Data = new ProblemData(1, sites.Select(s => s.X).ToArray(), sites.Select(s => s.Y).ToArray(), distance, duration, dims, demand,
            [true, false, false, false, false], isDisposal, service, earliest, latest, required, prize, [truck], isBreak);
    }

    /// <summary>The instance.</summary>
    public KimInstance Instance { get; }

    /// <summary>Trucks available.</summary>
    public int Fleet { get; }

    /// <summary>The place of each node (the depot stands in for the breaks, which have none).</summary>
    public IReadOnlyList<KimSite> Sites { get; }

    /// <summary>The solver's problem.</summary>
    public ProblemData Data { get; }

    /// <summary>A route of nodes as the instance's visits: site ids, and <see cref="KimSolution.Lunch"/> for the break.</summary>
    public IReadOnlyList<string> Visits(IEnumerable<int> nodes) =>
        nodes.Select(node => Data.IsBreak[node] ? KimSolution.Lunch : Sites[node].Id).ToList();
}
