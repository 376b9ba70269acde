using Waste.Grains.Alerts;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Web.Reports;

namespace Waste.Web.Tests;

/// <summary>A report row: the sorting rate is the separated streams over all collected, by volume and by mass.</summary>
public sealed class AreaFiguresTests
{
    [Fact]
    public void The_sorting_rate_is_recyclable_organic_and_hazardous_over_everything_collected()
    {
        var day = new ZoneDay
        {
            CollectedLitres = new() { [WasteStream.Residual] = 600, [WasteStream.Recyclable] = 300, [WasteStream.Organic] = 100 },
            CollectedKilograms = new() { [WasteStream.Residual] = 150, [WasteStream.Recyclable] = 24, [WasteStream.Organic] = 45, [WasteStream.Hazardous] = 6 },
            Collections = new() { [WasteStream.Residual] = 3, [WasteStream.Recyclable] = 2 },
            FaultsRaised = new() { [AlertKind.BinOverflow] = 2, [AlertKind.ToiletLeak] = 1, [AlertKind.LowBattery] = 4 },
            ToiletAvailableHours = 45,
            ToiletUnavailableHours = 5,
        };

        var figures = AreaFigures.Of("Thủ Dầu Một", "Phú Cường", [day, new ZoneDay()]);

        Assert.Equal(0.4, figures.SortingRateByVolume!.Value, 12);
        Assert.Equal(75.0 / 225, figures.SortingRateByMass!.Value, 12);
        Assert.Equal((5, 2, 1, 4), (figures.Collections, figures.OverflowIncidents, figures.ToiletFaults, figures.DeviceFaults));
        Assert.Equal(0.9, figures.ToiletAvailability!.Value, 12);
        Assert.Equal(0, figures.Litres[WasteStream.Hazardous]);
    }

    [Fact]
    public void Without_collections_or_toilets_there_is_no_rate_rather_than_zero()
    {
        var figures = AreaFigures.Of("Dĩ An", "Đông Hòa", []);

        Assert.Null(figures.SortingRateByVolume);
        Assert.Null(figures.SortingRateByMass);
        Assert.Null(figures.ToiletAvailability);
    }
}
