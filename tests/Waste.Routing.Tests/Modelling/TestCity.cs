using Waste.Routing.Modelling;

namespace Waste.Routing.Tests.Modelling;

/// <summary>A small made-up district of Thu Dau Mot (Binh Duong) for model tests: a depot, a landfill, trucks, stops.</summary>
internal static class TestCity
{
    public static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(7));
    public static readonly GeoPoint DepotLocation = new(10.9804, 106.6519);
    public static readonly Depot Depot = new("depot-tdm", DepotLocation);
    public static readonly DisposalSite Landfill = new("landfill-nam-binh-duong", new GeoPoint(11.0230, 106.6000),
        new HashSet<string> { "residual", "organic", "recyclable" }, TimeSpan.FromMinutes(15));

    public static TimeWindow Shift(int fromHour = 6, int toHour = 14) => new(Day.AddHours(fromHour), Day.AddHours(toHour));

    public static Vehicle Truck(string id, double litres, double kilograms, params string[] streams) => new()
    {
        Id = id,
        Capacity = new Load(litres, kilograms),
        Streams = streams.ToHashSet(),
        Shift = Shift(),
        StartDepot = Depot.Id,
        CostPerKm = 10,
        FixedCost = 100,
    };

    /// <summary><paramref name="count"/> stops scattered within about 4 km of the depot, deterministically.</summary>
    public static List<Stop> Stops(int count, string stream, double litres = 240, double kilograms = 60, int seed = 1, string prefix = "bin")
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => new Stop
        {
            Id = $"{prefix}-{stream}-{i:00}",
            Location = new GeoPoint(DepotLocation.Latitude + (random.NextDouble() - 0.5) * 0.07, DepotLocation.Longitude + (random.NextDouble() - 0.5) * 0.07),
            Stream = stream,
            Demand = new Load(litres, kilograms),
        }).ToList();
    }

    public static RoutingModel Model(IEnumerable<Vehicle> vehicles, IEnumerable<Stop> stops, bool landfill = false) => new()
    {
        Depots = [Depot],
        DisposalSites = landfill ? [Landfill] : [],
        Vehicles = vehicles.ToList(),
        Stops = stops.ToList(),
    };
}
