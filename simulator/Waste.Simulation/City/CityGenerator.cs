using Waste.Grains.Planning;
using Waste.Registry;
using Waste.Simulation.Trucks;

namespace Waste.Simulation.City;

/// <summary>
/// Builds the virtual Binh Duong from a seed: bins spread around the places of <see cref="BinhDuong"/> in proportion
/// to their weights, each with the place's land-use mix, a size and a stream drawn from the configured shares and its
/// own daily fill from the city's fill model; toilets at the busiest places; and a fleet sized for the bins each depot serves.
/// </summary>
public static class CityGenerator
{
    /// <summary>Generates the city of <paramref name="options"/>; the same options give the same city.</summary>
    public static VirtualCity Generate(CityOptions options)
    {
        options.Validate();
        var random = new Random(options.Seed);
        var totalWeight = BinhDuong.Places.Sum(p => p.Weight);
        var bins = new List<CityBin>(options.Bins);
        for (var i = 0; i < options.Bins; i++)
        {
            var place = Pick(random, BinhDuong.Places, p => p.Weight / totalWeight);
            var (latitude, longitude) = Scatter(random, place);
            var landUse = Pick(random, place.LandUseShares.Keys.Order().ToList(), l => place.LandUseShares[l]);
            var size = Pick(random, options.SizeShares.Keys.Order().ToList(), s => options.SizeShares[s]);
            var stream = Pick(random, options.StreamShares.Keys.Order().ToList(), s => options.StreamShares[s]);
            bins.Add(new CityBin($"bin-{i + 1:D4}", latitude, longitude, place.Ward, place.District, landUse, stream, size, options.Fill.DrawDailyFill(landUse, size, random), options.Fill));
        }

        var toilets = new List<CityToilet>(options.Toilets);
        for (var i = 0; i < options.Toilets; i++)
        {
            var place = Pick(random, BinhDuong.Places, p => p.Weight / totalWeight);
            var (latitude, longitude) = Scatter(random, place);
            var landUse = random.NextDouble() < 0.4 ? LandUse.Market : LandUse.PublicSpace;
            var visits = (landUse == LandUse.Market ? 140 : 80) * ToiletFactor(random);
            var ventilation = 1.5 + 2.5 * random.NextDouble();
            toilets.Add(new CityToilet($"wc-{i + 1:D4}", latitude, longitude, place.Ward, place.District, landUse, visits, ventilation));
        }

        return new VirtualCity(bins, toilets, Fleet(bins, options));
    }

    // A toilet's own factor on its land use's visits: log-normal (sigma 0.35) kept within 0.5-2, so that neighbouring
    // toilets of the same kind still differ as real ones do.
    private static double ToiletFactor(Random random)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Clamp(Math.Exp(0.35 * normal), 0.5, 2.0);
    }

    private static (double Latitude, double Longitude) Scatter(Random random, Place place)
    {
        // Uniform over a disc of the place's radius; a degree of latitude is 111 km, of longitude 111 km x cos(lat).
        var r = place.RadiusKm * Math.Sqrt(random.NextDouble());
        var angle = 2 * Math.PI * random.NextDouble();
        var latitude = place.Latitude + r * Math.Cos(angle) / 111.0;
        var longitude = place.Longitude + r * Math.Sin(angle) / (111.0 * Math.Cos(place.Latitude * Math.PI / 180));
        return (Math.Round(latitude, 6), Math.Round(longitude, 6));
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items, Func<T, double> share)
    {
        var x = random.NextDouble();
        foreach (var item in items)
        {
            x -= share(item);
            if (x < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    /// <summary>
    /// The fleet for <paramref name="bins"/>: the depots and the disposal site of <see cref="BinhDuong"/>; each depot
    /// serves its nearest bins (as the cloud's planner decides) and gets compactors per stream for its residual and
    /// organic bins and small trucks for its recyclables, enough for the daily schedule's stops and litres.
    /// </summary>
    public static FleetConfiguration Fleet(IReadOnlyList<CityBin> bins, CityOptions options)
    {
        var depots = BinhDuong.Depots.Select(d => new DepotSpec(d.Id, d.Name, d.Latitude, d.Longitude)).ToList();
        var site = BinhDuong.DisposalSite;
        var disposal = new DisposalSiteSpec(
            site.Id, site.Name, site.Latitude, site.Longitude, [WasteStream.Residual, WasteStream.Organic, WasteStream.Recyclable],
            TimeSpan.FromMinutes(15), TimeSpan.Zero, new TimeSpan(23, 59, 0));
        var vehicles = new List<VehicleSpec>();
        foreach (var depot in depots)
        {
            var served = bins.Where(b => NearestDepot(depots, b) == depot.Id).ToList();
            foreach (var stream in new[] { WasteStream.Residual, WasteStream.Organic, WasteStream.Recyclable })
            {
                var ofStream = served.Where(b => b.Stream == stream).ToList();
                if (ofStream.Count == 0)
                {
                    continue;
                }

                var small = stream == WasteStream.Recyclable;
                var trucks = TrucksFor(ofStream, small, options);
                for (var t = 1; t <= trucks; t++)
                {
                    var truck = small ? TruckModel.SmallTruck($"{depot.Id}-{Code(stream)}-{t}", depot.Id, stream) : TruckModel.Compactor($"{depot.Id}-{Code(stream)}-{t}", depot.Id, stream);
                    vehicles.Add(truck with { Lunch = TruckModel.Lunch, UnloadBeforeReturn = true });
                }
            }
        }

        if (vehicles.Count > 0 && options.FirstTruckCrew.Count > 0)
        {
            vehicles[0] = vehicles[0] with { Crew = options.FirstTruckCrew };
        }

        return new FleetConfiguration { Depots = depots, DisposalSites = [disposal], Vehicles = vehicles };
    }

    /// <summary>
    /// Trucks for one depot-stream's <paramref name="bins"/>: enough for the daily round's stops, and (unless
    /// <see cref="CityOptions.LoadsPerShift"/> is 0) for its litres, what the bins gain in an average day up to full,
    /// in that many loads of a body each. With the calibrated fill a 3 m3 truck fills up after about 25 bins, so
    /// stops alone left recyclable rounds three loads and hours past their shift.
    /// </summary>
    public static int TrucksFor(IReadOnlyCollection<CityBin> bins, bool small, CityOptions options)
    {
        var byStops = bins.Count / (double)(small ? options.BinsPerSmallTruck : options.BinsPerCompactor);
        if (options.LoadsPerShift == 0)
        {
            return (int)Math.Ceiling(byStops);
        }

        var body = small ? TruckModel.SmallTruckLitres : TruckModel.CompactorLitres;
        var dailyLitres = bins.Sum(b => b.CapacityLitres * Math.Min(1, options.Fill.MeanDailyShare(b)));
        return (int)Math.Ceiling(Math.Max(byStops, dailyLitres / (body * options.LoadsPerShift)));
    }

    private static string Code(WasteStream stream) => stream switch
    {
        WasteStream.Residual => "res",
        WasteStream.Organic => "org",
        WasteStream.Recyclable => "rec",
        _ => "haz",
    };

    /// <summary>The depot nearest a bin, as the cloud's planner assigns it (great-circle distance).</summary>
    public static string NearestDepot(IReadOnlyList<DepotSpec> depots, CityBin bin) =>
        depots.MinBy(d => Trucks.RoadModel.GreatCircleKm(d.Latitude, d.Longitude, bin.Latitude, bin.Longitude))!.Id;
}
