using Waste.Registry;
using Waste.Simulation.City;
using Waste.Simulation.Models;

namespace Waste.Simulation.Tests.City;

/// <summary>The virtual Binh Duong: as many devices as asked, inside the province, sizes and streams as configured,
/// a fleet for every depot with bins, and the same city for the same seed.</summary>
public sealed class CityGeneratorTests
{
    private static readonly VirtualCity City = CityGenerator.Generate(new CityOptions { Bins = 2000, Toilets = 60, Seed = 1 });

    [Fact]
    public void The_city_has_the_bins_and_toilets_asked_for_with_unique_ids()
    {
        Assert.Equal(2000, City.Bins.Count);
        Assert.Equal(60, City.Toilets.Count);
        Assert.Equal(2060, City.Bins.Select(b => b.Id).Concat(City.Toilets.Select(t => t.Id)).Distinct().Count());
    }

    [Fact]
    public void Every_device_stands_in_Binh_Duong_in_a_real_ward_near_its_centre()
    {
        var (south, west, north, east) = BinhDuong.Bounds;
        var places = BinhDuong.Places.ToDictionary(p => p.Ward);
        foreach (var (id, latitude, longitude, ward) in City.Bins.Select(b => (b.Id, b.Latitude, b.Longitude, b.Ward))
                     .Concat(City.Toilets.Select(t => (t.Id, t.Latitude, t.Longitude, t.Ward))))
        {
            Assert.InRange(latitude, south, north);
            Assert.InRange(longitude, west, east);
            var place = places[ward];
            Assert.True(Waste.Simulation.Trucks.RoadModel.GreatCircleKm(place.Latitude, place.Longitude, latitude, longitude) <= place.RadiusKm + 0.01, $"{id} is outside {ward}");
        }

        Assert.True(City.Bins.Select(b => b.District).Distinct().Count() >= 5);
    }

    [Fact]
    public void Sizes_and_streams_follow_the_configured_shares()
    {
        var options = new CityOptions
        {
            Bins = 4000,
            SizeShares = new Dictionary<int, double> { [240] = 0.7, [1100] = 0.3 },
            StreamShares = new Dictionary<WasteStream, double> { [WasteStream.Residual] = 0.6, [WasteStream.Recyclable] = 0.4 },
        };

        var city = CityGenerator.Generate(options);

        Assert.All(city.Bins, b => Assert.Contains(b.CapacityLitres, new[] { 240, 1100 }));
        Assert.All(city.Bins, b => Assert.Contains(b.Stream, new[] { WasteStream.Residual, WasteStream.Recyclable }));
        Assert.InRange(city.Bins.Count(b => b.CapacityLitres == 1100) / 4000.0, 0.27, 0.33);
        Assert.InRange(city.Bins.Count(b => b.Stream == WasteStream.Recyclable) / 4000.0, 0.37, 0.43);
        Assert.All(city.Bins, b => Assert.Same(FillModel.Calibrated, b.Fill));
    }

    [Fact]
    public void Shares_that_do_not_sum_to_one_are_refused_with_a_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => CityGenerator.Generate(new CityOptions { SizeShares = new Dictionary<int, double> { [240] = 0.5 } }));

        Assert.Contains("sum to 1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CityGenerator.Generate(new CityOptions { SizeShares = new Dictionary<int, double> { [300] = 1 } }));
    }

    [Fact]
    public void The_same_seed_gives_the_same_city_and_another_seed_another()
    {
        var again = CityGenerator.Generate(new CityOptions { Bins = 2000, Toilets = 60, Seed = 1 });
        var other = CityGenerator.Generate(new CityOptions { Bins = 2000, Toilets = 60, Seed = 2 });

        Assert.Equal(City.Bins, again.Bins);
        Assert.Equal(City.Toilets, again.Toilets);
        static string Trucks(VirtualCity city) => string.Join(";", city.Fleet.Vehicles.Select(v => $"{v.Id},{v.DepotId},{v.CapacityLitres},{string.Join('+', v.Streams)}"));
        Assert.Equal(Trucks(City), Trucks(again));
        Assert.NotEqual(City.Bins, other.Bins);
    }

    [Fact]
    public void Every_depot_that_serves_bins_of_a_stream_has_a_truck_for_that_stream_and_trucks_unload_at_Nam_Binh_Duong()
    {
        foreach (var bin in City.Bins)
        {
            var depot = CityGenerator.NearestDepot(City.Fleet.Depots, bin);
            Assert.Contains(City.Fleet.Vehicles, v => v.DepotId == depot && v.Streams.Contains(bin.Stream));
        }

        var site = Assert.Single(City.Fleet.DisposalSites);
        Assert.Equal("nam-binh-duong", site.Id);
        Assert.Contains(City.Fleet.Vehicles, v => v.CapacityLitres == Waste.Simulation.Trucks.TruckModel.SmallTruckLitres);
        Assert.Contains(City.Fleet.Vehicles, v => v.CapacityLitres == Waste.Simulation.Trucks.TruckModel.CompactorLitres);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Each_depot_stream_gets_trucks_for_its_daily_rounds_stops_and_litres_in_the_loads_of_a_shift(int seed)
    {
        var options = new CityOptions { Bins = 2000, Toilets = 0, Seed = seed };
        var city = CityGenerator.Generate(options);

        foreach (var part in city.Bins.GroupBy(b => (Depot: CityGenerator.NearestDepot(city.Fleet.Depots, b), b.Stream)))
        {
            var trucks = city.Fleet.Vehicles.Where(v => v.DepotId == part.Key.Depot && v.Streams.Contains(part.Key.Stream)).ToList();
            var dailyLitres = part.Sum(b => b.CapacityLitres * Math.Min(1, options.Fill.MeanDailyShare(b)));
            var perTruckStops = part.Key.Stream == WasteStream.Recyclable ? options.BinsPerSmallTruck : options.BinsPerCompactor;

            Assert.True(trucks.Sum(t => t.CapacityLitres) * options.LoadsPerShift >= dailyLitres, $"{part.Key}: {trucks.Count} trucks for {dailyLitres:F0} L a day");
            Assert.True(trucks.Count * perTruckStops >= part.Count(), $"{part.Key}: {trucks.Count} trucks for {part.Count()} stops");
            Assert.True(CityGenerator.TrucksFor([.. part], part.Key.Stream == WasteStream.Recyclable, options with { LoadsPerShift = 0 }) <= trucks.Count);
        }
    }

    [Fact]
    public void Loads_per_shift_0_sizes_the_fleet_by_stops_alone_and_a_negative_number_is_refused()
    {
        var byStops = CityGenerator.Generate(new CityOptions { Bins = 2000, Toilets = 0, LoadsPerShift = 0 });

        foreach (var part in byStops.Bins.GroupBy(b => (Depot: CityGenerator.NearestDepot(byStops.Fleet.Depots, b), b.Stream)))
        {
            var perTruckStops = part.Key.Stream == WasteStream.Recyclable ? 90 : 110;
            Assert.Equal((part.Count() + perTruckStops - 1) / perTruckStops, byStops.Fleet.Vehicles.Count(v => v.DepotId == part.Key.Depot && v.Streams.Contains(part.Key.Stream)));
        }

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CityGenerator.Generate(new CityOptions { LoadsPerShift = -1 }));
        Assert.Contains("loads per shift", error.Message, StringComparison.Ordinal);
    }
}
