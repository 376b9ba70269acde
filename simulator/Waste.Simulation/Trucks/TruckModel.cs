using Waste.Grains.Planning;
using Waste.Registry;

namespace Waste.Simulation.Trucks;

/// <summary>
/// The two kinds of truck of the city and what they burn. A 10 m3 rear-loading compactor holds about 2.5 times its
/// body in loose bin litres (25,000 L) and about 6 t; a 3 m3 small truck for alleys does not compact (3,000 L, 1.2 t).
/// Fuel: the README's assumptions (stop-and-go collection work), in one place.
/// </summary>
public static class TruckModel
{
    /// <summary>Diesel a compactor burns on collection work, litres per km (assumption, see the README).</summary>
    public const double CompactorLitresPerKm = 0.6;

    /// <summary>Diesel a small truck burns, litres per km (assumption, see the README).</summary>
    public const double SmallTruckLitresPerKm = 0.15;

    /// <summary>Body of a 10 m3 compactor in loose bin litres.</summary>
    public const double CompactorLitres = 25_000;

    /// <summary>Body of a 3 m3 small truck, litres.</summary>
    public const double SmallTruckLitres = 3_000;

    /// <summary>The crews' lunch in the generated city: half an hour, starting between 09:30 and 10:30 (the shift runs
    /// 05:00 to 13:00).</summary>
    public static readonly LunchBreakSpec Lunch = new(new TimeSpan(9, 30, 0), new TimeSpan(10, 30, 0), TimeSpan.FromMinutes(30));

    /// <summary>A compactor for <paramref name="stream"/>.</summary>
    public static VehicleSpec Compactor(string id, string depotId, WasteStream stream) => new()
    {
        Id = id, DepotId = depotId, CapacityLitres = CompactorLitres, CapacityKilograms = 6_000, Streams = [stream], CostPerKm = 1, FixedCost = 20,
    };

    /// <summary>A small truck for <paramref name="stream"/>.</summary>
    public static VehicleSpec SmallTruck(string id, string depotId, WasteStream stream) => new()
    {
        Id = id, DepotId = depotId, CapacityLitres = SmallTruckLitres, CapacityKilograms = 1_200, Streams = [stream], CostPerKm = 0.5, FixedCost = 10,
    };

    /// <summary>Fuel burnt per km by <paramref name="vehicle"/>: a body of more than 5 m3 of loose litres is a compactor.</summary>
    public static double LitresPerKm(VehicleSpec vehicle) => vehicle.CapacityLitres > 5_000 ? CompactorLitresPerKm : SmallTruckLitresPerKm;
}
