using Waste.Routing.Solving;
using Waste.Routing.Travel;

namespace Waste.Routing.Modelling;

/// <summary>
/// Turns a city model and its travel matrix into the solver's <see cref="ProblemData"/>, and the solver's answer back into
/// a <see cref="RoutePlan"/>. Units are converted here and only here: litres and kilograms to whole units (demands
/// rounded up, capacities down), times to seconds from the earliest shift start, costs per km to costs per metre.
/// Stream compatibility becomes one load dimension per stream (a truck that does not collect it has capacity 0 there),
/// and the right to unload at a site one dimension per site; disposal visits are optional nodes that empty volume and
/// mass (several copies per site, one per possible trip). A daily volume limit is a volume dimension that disposal does
/// not empty, a stop limit a dimension where each stop counts 1. A crew's break is a place-less optional node per truck
/// that has one: every such truck owes one break (a dimension of capacity 0 it starts at 1, each break node pays -1),
/// and each kind of break (duration and window) has a dimension that only the trucks with that break may fill.
/// </summary>
public sealed class RoutingModelCompiler
{
    // What a disposal visit costs (a thousandth of a cost unit): one that saves nothing, a second unloading in a row
    // say, would otherwise cost nothing (no distance between copies of one site) and stay in the plan.
    private const double DisposalVisitCost = 0.001;
    private readonly RoutingModel _model;
    private readonly TravelMatrix _matrix;
    private readonly int[] _placeOfNode;
    private readonly int[] _stopOfNode;
    private readonly int[] _siteOfNode;
    private readonly int[] _breakOfNode;
    private readonly DateTimeOffset _origin;

    private RoutingModelCompiler(RoutingModel model, TravelMatrix matrix, IReadOnlyDictionary<int, string> unservable)
    {
        _model = model;
        _matrix = matrix;
        Unservable = unservable;
        _origin = model.Vehicles.Count == 0 ? DateTimeOffset.UnixEpoch : model.Vehicles.Min(v => v.Shift.Start);
        var nodes = new List<(int Place, int Stop, int Site, int Break)>();
        for (var d = 0; d < model.Depots.Count; d++)
        {
            nodes.Add((RoutingPlaces.Depot(d), -1, -1, -1));
        }

        for (var s = 0; s < model.Stops.Count; s++)
        {
            if (!unservable.ContainsKey(s))
            {
                nodes.Add((RoutingPlaces.Stop(model, s), s, -1, -1));
            }
        }

        var plannable = nodes.Count - model.Depots.Count;
        for (var k = 0; k < model.DisposalSites.Count; k++)
        {
            var trips = model.Vehicles.Where(v => MayUnloadAt(v, model.DisposalSites[k])).Sum(v => v.MaxDisposalTrips);
            for (var c = 0; c < Math.Min(trips, plannable); c++)
            {
                nodes.Add((RoutingPlaces.Site(model, k), -1, k, -1));
            }
        }

        // A break's place is never read (travel skips it); its truck's depot stands in.
        var depotOf = model.Depots.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        for (var v = 0; v < model.Vehicles.Count; v++)
        {
            if (model.Vehicles[v].Break is not null)
            {
                nodes.Add((RoutingPlaces.Depot(depotOf[model.Vehicles[v].StartDepot]), -1, -1, v));
            }
        }

        _placeOfNode = nodes.Select(n => n.Place).ToArray();
        _stopOfNode = nodes.Select(n => n.Stop).ToArray();
        _siteOfNode = nodes.Select(n => n.Site).ToArray();
        _breakOfNode = nodes.Select(n => n.Break).ToArray();
        Data = Build();
    }

    /// <summary>The solver's problem.</summary>
    public ProblemData Data { get; }

    /// <summary>Stops left out of the problem because no truck can serve them, with the reason, by stop index.</summary>
    public IReadOnlyDictionary<int, string> Unservable { get; }

    /// <summary>Compiles <paramref name="model"/>; throws <see cref="RoutingModelException"/> if it is structurally invalid.</summary>
    public static RoutingModelCompiler Compile(RoutingModel model, TravelMatrix matrix)
    {
        var problems = ModelValidator.Structural(model);
        if (problems.Count > 0)
        {
            throw new RoutingModelException(problems);
        }

        if (matrix.Size != RoutingPlaces.Of(model).Count)
        {
            throw new RoutingModelException([new ModelProblem("travel matrix", $"has {matrix.Size} places, the model {RoutingPlaces.Of(model).Count}")]);
        }

        return new RoutingModelCompiler(model, matrix, ModelValidator.UnservableStops(model, matrix));
    }

    /// <summary>Whether <paramref name="vehicle"/> may unload at <paramref name="site"/>: it accepts all the truck collects.</summary>
    public static bool MayUnloadAt(Vehicle vehicle, DisposalSite site) =>
        vehicle.MaxDisposalTrips > 0 && vehicle.Streams.All(site.Streams.Contains);

    /// <summary>The plan for a solver result on <see cref="Data"/>.</summary>
    public RoutePlan ToPlan(SolverResult result)
    {
        var routes = result.Routes.Select(r => Route(r)).ToList();
        var unserved = Unservable.OrderBy(u => u.Key).Select(u => new UnservedStop(_model.Stops[u.Key].Id, u.Value)).ToList();
        foreach (var node in result.Unvisited.Where(n => _stopOfNode[n] >= 0))
        {
            unserved.Add(new UnservedStop(_model.Stops[_stopOfNode[node]].Id, "optional: left out, collecting it would cost more than its penalty"));
        }

        var penalties = Unservable.Keys.Where(s => !_model.Stops[s].Mandatory).Sum(s => _model.Stops[s].SkipPenalty);
        var disposalVisits = result.Routes.Sum(r => r.Clients.Count(n => _siteOfNode[n] >= 0));
        return new RoutePlan
        {
            Routes = routes,
            Unserved = unserved,
            Cost = result.Cost - (disposalVisits * DisposalVisitCost) + penalties,
            IsFeasible = result.IsFeasible,
        };
    }

    /// <summary>
    /// The routes of <paramref name="plan"/>, made for another model of the same fleet (the day before, or this day
    /// before a disruption), as client lists per vehicle of <see cref="Data"/>: stops and trucks this model lacks are
    /// dropped, a disposal visit becomes the next unused copy of its site, a break the truck's own break node; stops
    /// the plan lacks are left out (the search's <see cref="CheapestInsertion"/> places the mandatory ones).
    /// </summary>
    public int[][] RoutesOf(RoutePlan plan)
    {
        var nodeOfStop = new Dictionary<string, int>(StringComparer.Ordinal);
        var copiesOfSite = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var node = 0; node < _stopOfNode.Length; node++)
        {
            if (_stopOfNode[node] >= 0)
            {
                nodeOfStop[_model.Stops[_stopOfNode[node]].Id] = node;
            }
            else if (_siteOfNode[node] >= 0)
            {
                var site = _model.DisposalSites[_siteOfNode[node]].Id;
                if (!copiesOfSite.TryGetValue(site, out var copies))
                {
                    copiesOfSite[site] = copies = new Queue<int>();
                }

                copies.Enqueue(node);
            }
        }

        var breakOf = Enumerable.Range(0, _breakOfNode.Length).Where(node => _breakOfNode[node] >= 0).ToDictionary(node => _breakOfNode[node]);
        var routeOf = plan.Routes.ToDictionary(r => r.VehicleId, StringComparer.Ordinal);
        return [.. _model.Vehicles.Select((vehicle, v) => routeOf.TryGetValue(vehicle.Id, out var route)
            ? route.Visits.Select(visit => visit.Kind switch
                {
                    VisitKind.Stop => nodeOfStop.GetValueOrDefault(visit.Id, -1),
                    VisitKind.Disposal => copiesOfSite.TryGetValue(visit.Id, out var copies) && copies.TryDequeue(out var copy) ? copy : -1,
                    _ => breakOf.GetValueOrDefault(v, -1),
                })
                .Where(node => node >= 0).ToArray()
            : [])];
    }

    private VehicleRoute Route(SolvedRoute solved)
    {
        var vehicle = _model.Vehicles[solved.VehicleType];
        var data = Data;
        var type = solved.VehicleType;
        var whole = RouteSchedule.Earliest(data, type, solved.Clients);
        var time = whole;
        var visits = new List<PlannedVisit>();
        var previous = data.VehicleTypes[type].StartDepot;
        var onBoard = vehicle.LoadOnBoard;
        long distance = 0;
        foreach (var node in solved.Clients)
        {
            var next = data.LocationAfter(previous, node);
            distance += data.Dist(previous, next);
            var arrival = time + data.Time(previous, next);
            var start = Math.Max(arrival, data.Earliest[node]);
            time = start + data.ServiceTime[node];
            var (kind, id) = _stopOfNode[node] >= 0 ? (VisitKind.Stop, _model.Stops[_stopOfNode[node]].Id)
                : _siteOfNode[node] >= 0 ? (VisitKind.Disposal, _model.DisposalSites[_siteOfNode[node]].Id)
                : (VisitKind.Break, "break");
            onBoard = kind switch
            {
                VisitKind.Stop => onBoard + _model.Stops[_stopOfNode[node]].Demand,
                VisitKind.Disposal => new Load(0, 0),
                _ => onBoard,
            };
            visits.Add(new PlannedVisit(kind, id, At(arrival), At(start), At(time), onBoard));
            previous = next;
        }

        var end = data.VehicleTypes[type].EndDepot;
        distance += data.Dist(previous, end);
        return new VehicleRoute(vehicle.Id, At(whole), At(time + data.Time(previous, end)), distance / 1000.0, visits);
    }

    private DateTimeOffset At(long seconds) => _origin + TimeSpan.FromSeconds(seconds);

    private long Seconds(DateTimeOffset time) => (long)Math.Round((time - _origin).TotalSeconds);

    private ProblemData Build()
    {
        var model = _model;
        var n = _placeOfNode.Length;
        var streams = model.Stops.Select(s => s.Stream).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var breakKinds = model.Vehicles.Where(v => v.Break is not null).Select(v => v.Break!).Distinct().ToArray();
        var siteDims = 2 + streams.Length;
        var dailyDim = siteDims + model.DisposalSites.Count;
        var hasDaily = model.Vehicles.Any(v => v.DailyVolumeLimit is not null);
        var stopsDim = dailyDim + (hasDaily ? 1 : 0);
        var hasStopLimit = model.Vehicles.Any(v => v.MaxStops is not null);
        var debtDim = stopsDim + (hasStopLimit ? 1 : 0);
        var kindDims = debtDim + (breakKinds.Length > 0 ? 1 : 0);
        var dims = kindDims + breakKinds.Length;
        var demand = new int[n * dims];
        var earliest = new long[n];
        var latest = new long[n];
        var service = new int[n];
        var required = new bool[n];
        var prize = new double[n];
        var isDisposal = new bool[n];
        var isBreak = new bool[n];
        var x = new double[n];
        var y = new double[n];
        var places = RoutingPlaces.Of(model);
        var meanLatitude = places.Count == 0 ? 0 : places.Average(p => p.Latitude) * Math.PI / 180;
        for (var node = 0; node < n; node++)
        {
            var place = places[_placeOfNode[node]];
            x[node] = place.Longitude * Math.Cos(meanLatitude);
            y[node] = place.Latitude;
            latest[node] = ProblemData.NoLimit;
            if (_stopOfNode[node] >= 0)
            {
                var stop = model.Stops[_stopOfNode[node]];
                demand[node * dims] = (int)Math.Ceiling(stop.Demand.Litres);
                demand[node * dims + 1] = (int)Math.Ceiling(stop.Demand.Kilograms);
                demand[node * dims + 2 + Array.IndexOf(streams, stop.Stream)] = 1;
                if (hasDaily)
                {
                    demand[node * dims + dailyDim] = demand[node * dims];
                }

                if (hasStopLimit)
                {
                    demand[node * dims + stopsDim] = 1;
                }

                service[node] = (int)Math.Round(stop.ServiceTime.TotalSeconds);
                (earliest[node], latest[node]) = stop.Window is { } w ? (Math.Max(0, Seconds(w.Start)), Seconds(w.End)) : (0, ProblemData.NoLimit);
                required[node] = stop.Mandatory;
                prize[node] = stop.Mandatory ? 0 : stop.SkipPenalty;
            }
            else if (_siteOfNode[node] >= 0)
            {
                var site = model.DisposalSites[_siteOfNode[node]];
                demand[node * dims + 2 + streams.Length + _siteOfNode[node]] = 1;
                service[node] = (int)Math.Round(site.UnloadTime.TotalSeconds);
                (earliest[node], latest[node]) = site.OpeningHours is { } w ? (Math.Max(0, Seconds(w.Start)), Seconds(w.End)) : (0, ProblemData.NoLimit);
                isDisposal[node] = true;
                prize[node] = -DisposalVisitCost;
            }
            else if (_breakOfNode[node] >= 0)
            {
                var rest = model.Vehicles[_breakOfNode[node]].Break!;
                demand[node * dims + debtDim] = -1;
                demand[node * dims + kindDims + Array.IndexOf(breakKinds, rest)] = 1;
                service[node] = (int)Math.Round(rest.Duration.TotalSeconds);
                (earliest[node], latest[node]) = (Math.Max(0, Seconds(rest.EarliestStart)), Seconds(rest.LatestStart));
                isBreak[node] = true;
            }
        }

        var everything = n + 1;
        var depotIndex = model.Depots.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var types = model.Vehicles.Select(v =>
        {
            var capacity = new int[dims];
            capacity[0] = (int)Math.Floor(v.Capacity.Litres);
            capacity[1] = (int)Math.Floor(v.Capacity.Kilograms);
            for (var s = 0; s < streams.Length; s++)
            {
                capacity[2 + s] = v.Streams.Contains(streams[s]) ? everything : 0;
            }

            for (var k = 0; k < model.DisposalSites.Count; k++)
            {
                capacity[2 + streams.Length + k] = MayUnloadAt(v, model.DisposalSites[k]) ? v.MaxDisposalTrips : 0;
            }

            var initial = new int[dims];
            initial[0] = (int)Math.Ceiling(v.LoadOnBoard.Litres);
            initial[1] = (int)Math.Ceiling(v.LoadOnBoard.Kilograms);
            if (hasDaily)
            {
                capacity[dailyDim] = v.DailyVolumeLimit is { } daily ? (int)Math.Min(int.MaxValue / 2, Math.Floor(daily)) : int.MaxValue / 2;
                initial[dailyDim] = initial[0];
            }

            if (hasStopLimit)
            {
                capacity[stopsDim] = v.MaxStops ?? everything;
            }

            if (v.Break is { } own)
            {
                initial[debtDim] = 1;
                capacity[kindDims + Array.IndexOf(breakKinds, own)] = 1;
            }

            return new VehicleType
            {
                Count = 1,
                Capacity = capacity,
                StartDepot = depotIndex[v.StartDepot],
                EndDepot = depotIndex[v.EndDepot ?? v.StartDepot],
                ShiftStart = Seconds(v.Shift.Start),
                ShiftEnd = Seconds(v.Shift.End),
                MaxDuration = v.MaxDuration is { } m ? (long)m.TotalSeconds : ProblemData.NoLimit,
                FixedCost = v.FixedCost,
                InitialLoad = initial.Any(i => i != 0) ? initial : null,
                EndsEmpty = v.UnloadBeforeReturn,
                UnitDistanceCost = v.CostPerKm / 1000,
                Name = v.Id,
            };
        }).ToArray();

        var distance = new int[n * n];
        var duration = new int[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var cell = _placeOfNode[i] * _matrix.Size + _placeOfNode[j];
                distance[i * n + j] = _matrix.Metres[cell];
                duration[i * n + j] = _matrix.Seconds[cell];
            }
        }

        var emptiesAtDisposal = Enumerable.Range(0, dims).Select(d => d < 2).ToArray();
        return new ProblemData(model.Depots.Count, x, y, distance, duration, dims, demand, emptiesAtDisposal, isDisposal,
            service, earliest, latest, required, prize, types, isBreak);
    }
}
