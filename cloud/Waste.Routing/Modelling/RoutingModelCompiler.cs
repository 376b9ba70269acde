using Waste.Routing.Solving;
using Waste.Routing.Travel;

namespace Waste.Routing.Modelling;

/// <summary>
/// Turns a city model and its travel matrix into the solver's <see cref="ProblemData"/>, and the solver's answer back into
/// a <see cref="RoutePlan"/>. Units are converted here and only here: litres and kilograms to whole units (demands
/// rounded up, capacities down), times to seconds from the earliest shift start, costs per km to costs per metre.
/// Stream compatibility becomes one load dimension per stream (a truck that does not collect it has capacity 0 there),
/// and the right to unload at a site one dimension per site; disposal visits are optional nodes that empty volume and
/// mass (several copies per site, one per possible trip).
/// </summary>
public sealed class RoutingModelCompiler
{
    private readonly RoutingModel _model;
    private readonly TravelMatrix _matrix;
    private readonly int[] _placeOfNode;
    private readonly int[] _stopOfNode;
    private readonly int[] _siteOfNode;
    private readonly DateTimeOffset _origin;

    private RoutingModelCompiler(RoutingModel model, TravelMatrix matrix, IReadOnlyDictionary<int, string> unservable)
    {
        _model = model;
        _matrix = matrix;
        Unservable = unservable;
        _origin = model.Vehicles.Count == 0 ? DateTimeOffset.UnixEpoch : model.Vehicles.Min(v => v.Shift.Start);
        var nodes = new List<(int Place, int Stop, int Site)>();
        for (var d = 0; d < model.Depots.Count; d++)
        {
            nodes.Add((RoutingPlaces.Depot(d), -1, -1));
        }

        for (var s = 0; s < model.Stops.Count; s++)
        {
            if (!unservable.ContainsKey(s))
            {
                nodes.Add((RoutingPlaces.Stop(model, s), s, -1));
            }
        }

        var plannable = nodes.Count - model.Depots.Count;
        for (var k = 0; k < model.DisposalSites.Count; k++)
        {
            var trips = model.Vehicles.Where(v => MayUnloadAt(v, model.DisposalSites[k])).Sum(v => v.MaxDisposalTrips);
            for (var c = 0; c < Math.Min(trips, plannable); c++)
            {
                nodes.Add((RoutingPlaces.Site(model, k), -1, k));
            }
        }

        _placeOfNode = nodes.Select(n => n.Place).ToArray();
        _stopOfNode = nodes.Select(n => n.Stop).ToArray();
        _siteOfNode = nodes.Select(n => n.Site).ToArray();
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
        return new RoutePlan
        {
            Routes = routes,
            Unserved = unserved,
            Cost = result.Cost + penalties,
            IsFeasible = result.IsFeasible,
        };
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
            distance += data.Dist(previous, node);
            var arrival = time + data.Time(previous, node);
            var start = Math.Max(arrival, data.Earliest[node]);
            time = start + data.ServiceTime[node];
            var isStop = _stopOfNode[node] >= 0;
            onBoard = isStop ? onBoard + _model.Stops[_stopOfNode[node]].Demand : new Load(0, 0);
            var id = isStop ? _model.Stops[_stopOfNode[node]].Id : _model.DisposalSites[_siteOfNode[node]].Id;
            visits.Add(new PlannedVisit(isStop ? VisitKind.Stop : VisitKind.Disposal, id, At(arrival), At(start), At(time), onBoard));
            previous = node;
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
        var dims = 2 + streams.Length + model.DisposalSites.Count;
        var demand = new int[n * dims];
        var earliest = new long[n];
        var latest = new long[n];
        var service = new int[n];
        var required = new bool[n];
        var prize = new double[n];
        var isDisposal = new bool[n];
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
                InitialLoad = v.LoadOnBoard == default ? null : [(int)Math.Ceiling(v.LoadOnBoard.Litres), (int)Math.Ceiling(v.LoadOnBoard.Kilograms), .. new int[dims - 2]],
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
            service, earliest, latest, required, prize, types);
    }
}
