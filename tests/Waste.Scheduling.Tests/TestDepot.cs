using Waste.Scheduling;
using Waste.Forecasting;
using Waste.Routing.Modelling;

namespace Waste.Scheduling.Tests;

/// <summary>A small made-up depot near Thu Dau Mot for policy tests: trucks on 05:00-13:00 shifts, a disposal site open
/// all day, and bins whose fill grows at a steady rate.</summary>
internal sealed class TestDepot(IReadOnlyList<Vehicle> trucks, TimeSpan? siteOpens = null, TimeSpan? siteCloses = null) : IDepotCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);
    public static readonly DateOnly Monday = new(2026, 12, 7);
    public static readonly GeoPoint Here = new(10.98, 106.65);

    public Depot Depot { get; } = new("depot", Here);

    public static DateTimeOffset At(DateOnly day, double hour) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).AddHours(hour);

    public static Vehicle Truck(string id, string stream = "Residual", double litres = 10_000) => new()
    {
        Id = id,
        Capacity = new Load(litres, litres),
        Streams = new HashSet<string> { stream },
        Shift = new TimeWindow(At(Monday, 5), At(Monday, 13)),
        StartDepot = "depot",
        FixedCost = 20,
    };

    public IReadOnlyList<Vehicle> VehiclesOn(DateOnly day) =>
        [.. trucks.Select(t => t with { Shift = new TimeWindow(At(day, 5), At(day, 13)) })];

    public IReadOnlyList<DisposalSite> SitesOn(DateOnly day) =>
    [
        new DisposalSite("landfill", new GeoPoint(11.02, 106.60), new HashSet<string> { "Residual", "Recyclable", "Organic" }, TimeSpan.FromMinutes(15),
            new TimeWindow(At(day, (siteOpens ?? TimeSpan.Zero).TotalHours), At(day, (siteCloses ?? TimeSpan.FromHours(24)).TotalHours))),
    ];

    public TimeWindow ShiftsOn(DateOnly day) => new(At(day, 5), At(day, 13));

    public PlanningDay Day(DateOnly? day = null, double threshold = 80) => new(day ?? Monday, this, threshold, 400);

    /// <summary>A 240 L bin <paramref name="percent"/> full at 04:00 on Monday, filling <paramref name="perDay"/> points a
    /// day, its band <paramref name="band"/> points either side per day ahead.</summary>
    public static BinOutlook Bin(string id, double percent, double perDay, double band = 5, int index = 0, string stream = "Residual")
    {
        var from = At(Monday, 4);
        var points = Enumerable.Range(0, 24 * 8).Select(h =>
        {
            var expected = percent + perDay * h / 24.0;
            var spread = band * h / 24.0;
            return new ProjectedFill(from.AddHours(h), expected, expected - spread, expected + spread);
        }).ToList();
        return new BinOutlook
        {
            BinId = id,
            Location = new GeoPoint(Here.Latitude + 0.002 * (index % 10), Here.Longitude + 0.002 * (index / 10)),
            Stream = stream,
            CapacityLitres = 240,
            KilogramsPerLitre = 0.2,
            LevelPercent = percent,
            Projection = new FillProjection { Points = points },
            ServiceTime = TimeSpan.FromMinutes(1.5),
        };
    }
}
