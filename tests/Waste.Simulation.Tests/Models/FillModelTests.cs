using CsCheck;
using Waste.Registry;
using Waste.Simulation.City;
using Waste.Simulation.Models;

namespace Waste.Simulation.Tests.Models;

/// <summary>The fill model: land-use and hour-of-week shapes, Tet, bounded noise, and a bin that never holds more
/// than it can.</summary>
public sealed class FillModelTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    private static DateTimeOffset Local(DateOnly day, int hour) => LocalTime.At(day, TimeSpan.FromHours(hour));

    [Fact]
    public void A_market_bin_fills_fastest_in_the_early_morning_and_hardly_at_night()
    {
        var dawn = FillRateProfile.SharePerHour(LandUse.Market, Local(Monday, 6));
        var afternoon = FillRateProfile.SharePerHour(LandUse.Market, Local(Monday, 14));
        var night = FillRateProfile.SharePerHour(LandUse.Market, Local(Monday, 2));

        Assert.True(dawn > 3 * afternoon, $"dawn {dawn}, afternoon {afternoon}");
        Assert.True(night < afternoon / 5, $"night {night}, afternoon {afternoon}");
    }

    [Fact]
    public void A_school_bin_fills_in_school_hours_on_weekdays_and_almost_not_at_all_on_Sunday()
    {
        var weekday = Enumerable.Range(0, 24).Sum(h => FillRateProfile.SharePerHour(LandUse.School, Local(Monday, h)));
        var sunday = Enumerable.Range(0, 24).Sum(h => FillRateProfile.SharePerHour(LandUse.School, Local(Monday.AddDays(6), h)));
        var lessons = FillRateProfile.SharePerHour(LandUse.School, Local(Monday, 10));
        var evening = FillRateProfile.SharePerHour(LandUse.School, Local(Monday, 20));

        Assert.Equal(FillRateProfile.DailyFill(LandUse.School), weekday, 6);
        Assert.True(sunday < weekday / 20);
        Assert.True(lessons > 50 * evening);
    }

    [Fact]
    public void An_industrial_park_peaks_at_the_shift_changes_and_quietens_on_Sundays()
    {
        var shiftChange = FillRateProfile.SharePerHour(LandUse.IndustrialPark, Local(Monday, 6));
        var midShift = FillRateProfile.SharePerHour(LandUse.IndustrialPark, Local(Monday, 9));
        var sunday = FillRateProfile.SharePerHour(LandUse.IndustrialPark, Local(Monday.AddDays(6), 6));

        Assert.True(shiftChange > 2.5 * midShift);
        Assert.Equal(0.3 * shiftChange, sunday, 9);
    }

    [Fact]
    public void Every_land_uses_hour_shape_averages_one_so_its_weekday_brings_its_daily_fill()
    {
        foreach (var landUse in Enum.GetValues<LandUse>())
        {
            Assert.Equal(24, Enumerable.Range(0, 24).Sum(h => FillRateProfile.HourShape(landUse, h)), 9);
        }
    }

    [Fact]
    public void Tet_closes_the_factories_and_the_week_before_it_fills_homes_and_markets()
    {
        var tet = new DateOnly(2027, 2, 6);

        Assert.Equal(0.2, TetCalendar.Factor(LandUse.IndustrialPark, tet.AddDays(2)));
        Assert.Equal(0.1, TetCalendar.Factor(LandUse.Market, tet));
        Assert.Equal(1.5, TetCalendar.Factor(LandUse.Residential, tet.AddDays(-3)));
        Assert.Equal(1.8, TetCalendar.Factor(LandUse.Market, tet.AddDays(-1)));
        Assert.Equal(1, TetCalendar.Factor(LandUse.IndustrialPark, tet.AddDays(10)));
        Assert.True(TetCalendar.IsHoliday(tet.AddDays(6)));
        Assert.False(TetCalendar.IsHoliday(tet.AddDays(7)));
        var before = FillRateProfile.SharePerHour(LandUse.IndustrialPark, Local(tet.AddDays(14), 6));
        var during = FillRateProfile.SharePerHour(LandUse.IndustrialPark, Local(tet.AddDays(1), 6));
        Assert.True(during < before / 2, $"during Tet {during}, after {before}");
    }

    [Fact]
    public void The_hourly_noise_stays_within_its_bounds_and_is_the_same_however_often_it_is_asked()
    {
        Gen.Select(Gen.Int, Gen.Long[0, 1_000_000], Gen.Long[0, 200_000]).Sample((seed, stream, hour) =>
        {
            var contents = new BinContents(Bin(LandUse.Residential, 240), seed, stream, DateTimeOffset.UnixEpoch, 0);
            var at = DateTimeOffset.FromUnixTimeSeconds(hour * 3600);
            var noise = contents.Noise(at);
            Assert.InRange(noise, BinContents.MinNoise, BinContents.MaxNoise);
            Assert.Equal(noise, contents.Noise(at));
        });
    }

    [Fact]
    public void The_noise_has_a_mean_near_one_so_it_does_not_shift_the_land_uses_rates()
    {
        var contents = new BinContents(Bin(LandUse.Residential, 240), 7, 42, DateTimeOffset.UnixEpoch, 0);

        var mean = Enumerable.Range(0, 20_000).Average(h => contents.Noise(DateTimeOffset.FromUnixTimeSeconds(h * 3600L)));

        Assert.InRange(mean, 0.97, 1.03);
    }

    [Fact]
    public void A_bin_fills_at_its_rate_and_never_holds_more_than_its_capacity_and_counts_its_full_hours_and_spill()
    {
        Gen.Select(Gen.Int, Gen.Int[1, 400], Gen.Double[0, 1]).Sample((seed, hours, initial) =>
        {
            var start = Local(Monday, 0);
            var contents = new BinContents(Bin(LandUse.Market, 120), seed, 3, start, initial);
            var expected = initial * 120;
            var arriving = 0.0;
            for (var h = 0; h < hours; h++)
            {
                arriving += contents.LitresPerHour(start.AddHours(h));
            }

            contents.AdvanceTo(start.AddHours(hours));

            Assert.InRange(contents.Litres, 0, 120);
            Assert.Equal(Math.Min(120, expected + arriving), contents.Litres, 6);
            Assert.Equal(Math.Max(0, expected + arriving - 120), contents.SpiltLitres, 6);
            Assert.InRange(contents.OverflowHours, 0, hours);
            Assert.True(contents.SpiltLitres == 0 || contents.OverflowHours > 0);
            Assert.True(contents.Litres >= 120 - 1e-9 || contents.OverflowHours == 0);
        });
    }

    [Fact]
    public void A_full_bin_counts_every_hour_it_stays_full_as_overflow_until_it_is_emptied()
    {
        var start = Local(Monday, 0);
        var contents = new BinContents(Bin(LandUse.Residential, 240), 1, 1, start, 1);

        contents.AdvanceTo(start.AddHours(10));
        var taken = contents.Empty(start.AddHours(10));
        contents.AdvanceTo(start.AddHours(12));

        Assert.Equal(10, contents.OverflowHours, 9);
        Assert.Equal(240, taken);
        Assert.True(contents.Litres is > 0 and < 240);
    }

    private static CityBin Bin(LandUse landUse, int litres) =>
        new("bin-test", 10.98, 106.65, "Phú Cường", "Thủ Dầu Một", landUse, WasteStream.Residual, litres, FillRateProfile.DailyFill(landUse), FillModel.Legacy);
}
