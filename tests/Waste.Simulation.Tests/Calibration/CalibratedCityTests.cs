using System.Globalization;
using CsCheck;
using Waste.Registry;
using Waste.Scheduling.Policies.TunedStatic;
using Waste.Simulation.Calibration;
using Waste.Simulation.City;
using Waste.Simulation.Models;

namespace Waste.Simulation.Tests.Calibration;

/// <summary>
/// The calibrated city: its bins' days to full follow the fitted distribution at the city's sizes for any seed, a
/// daily round finds about as many bins under a quarter full as the fit says, the day noise is keyed and bounded (and
/// is what the tuned static schedule assumes), and <c>--fill-model legacy</c> gives the old city bin for bin.
/// </summary>
public sealed class CalibratedCityTests
{
    private static readonly FillParameters Fitted = FillCalibration.Edinburgh2016.Parameters;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_citys_days_to_full_match_the_fitted_distribution_at_its_sizes(int seed)
    {
        var city = CityGenerator.Generate(new CityOptions { Bins = 2000, Toilets = 0, Seed = seed });
        var fitted = new LogNormalMixture([.. city.Bins.Select(b => Fitted.LogDaysToFull(b.CapacityLitres))], Fitted.BetweenBinSigma).DaysToFull;

        var generated = DaysToFull.Of(city.Bins.Select(b => 1 / b.Fill.MeanDailyShare(b)));

        foreach (var (mine, theirs) in generated.Values.Zip(fitted.Values))
        {
            Assert.InRange(mine / theirs, 0.9, 1.1);
        }
    }

    [Fact]
    public void A_daily_round_on_the_city_finds_about_the_fitted_share_of_bins_under_a_quarter()
    {
        var city = CityGenerator.Generate(new CityOptions { Bins = 600, Toilets = 0, Seed = 4 });

        var check = CityFillCheck.Of(city, Fitted, new DateOnly(2026, 11, 30), 28, 4);

        Assert.InRange(check.CityUnderQuarter, check.FittedUnderQuarter - 0.05, check.FittedUnderQuarter + 0.05);
    }

    [Fact]
    public void Every_land_uses_days_average_one_so_its_bins_keep_their_calibrated_rate()
    {
        foreach (var landUse in Enum.GetValues<LandUse>())
        {
            Assert.Equal(1, Enum.GetValues<DayOfWeek>().Average(d => FillModel.Calibrated.DayOfWeekFactor(landUse, d)), 9);
        }

        Assert.Equal(0, CalibratedFill.LandUseShares.Sum(s => s.Value * CalibratedFill.LandUseOffset(s.Key)), 9);
        Assert.True(CalibratedFill.LandUseOffset(LandUse.Market) > CalibratedFill.LandUseOffset(LandUse.Residential));
    }

    [Fact]
    public void The_day_noise_is_keyed_by_seed_bin_and_day_bounded_and_of_mean_one()
    {
        var bin = new CityBin("bin-test", 10.98, 106.65, "Phú Cường", "Thủ Dầu Một", LandUse.Residential, WasteStream.Residual, 240, 0.3, FillModel.Calibrated);
        var sigma = FillModel.Calibrated.DayNoiseSigma;
        Gen.Select(Gen.Int, Gen.Long[0, 1_000_000], Gen.Int[700_000, 750_000]).Sample((seed, stream, dayNumber) =>
        {
            var day = DateOnly.FromDayNumber(dayNumber);
            var factor = new BinContents(bin, seed, stream, DateTimeOffset.UnixEpoch, 0).DayFactor(day);
            Assert.Equal(factor, new BinContents(bin, seed, stream, DateTimeOffset.UnixEpoch, 0).DayFactor(day));
            Assert.InRange(Math.Log(factor), -BinContents.DayNoiseBound * sigma - sigma * sigma, BinContents.DayNoiseBound * sigma);
        });

        var contents = new BinContents(bin, 9, 17, DateTimeOffset.UnixEpoch, 0);
        Assert.InRange(Enumerable.Range(0, 20_000).Average(d => contents.DayFactor(DateOnly.FromDayNumber(730_000 + d))), 0.97, 1.03);
    }

    [Fact]
    public void The_legacy_fill_model_gives_the_old_city()
    {
        // Recorded from the generator and BinContents before the calibration (seed 1, 400 bins): each bin's id, place,
        // land use, stream, size, its old rate factor, and its litres after 50.5 hours from 10 % full.
        string[] old =
        [
            "bin-0001 10.966066 106.656628 Chánh Nghĩa Residential Residual 240 1.359467990314916 240",
            "bin-0002 11.001525 106.66358 Hiệp Thành Residential Organic 240 0.7421857394755138 165.20609610888332",
            "bin-0003 10.966996 106.649097 Chánh Nghĩa Residential Residual 660 0.8582367331853991 509.38522515350706",
            "bin-0058 10.978916 106.650036 Phú Cường Residential Recyclable 660 1.617031664045222 660",
            "bin-0400 11.129791 106.608718 Mỹ Phước Residential Residual 120 2 120",
        ];
        // The old city's fleet was sized by stops alone.
        var city = CityGenerator.Generate(new CityOptions { Bins = 400, Toilets = 12, Seed = 1, Fill = FillModel.Legacy, LoadsPerShift = 0 });

        foreach (var line in old)
        {
            var f = line.Split(' ');
            var bin = city.Bins.Single(b => b.Id == f[0]);
            Assert.Equal((Number(f[1]), Number(f[2])), (bin.Latitude, bin.Longitude));
            Assert.Equal(string.Join(' ', f[3..^5]), bin.Ward);
            Assert.Equal((f[^5], f[^4], Number(f[^3])), (bin.LandUse.ToString(), bin.Stream.ToString(), (double)bin.CapacityLitres));
            Assert.Equal(FillRateProfile.DailyFill(bin.LandUse) * Number(f[^2]), bin.DailyFill, 1e-12);
            var contents = new BinContents(bin, 1, 1000 + int.Parse(f[0][4..], CultureInfo.InvariantCulture) - 1, LocalTime.At(new DateOnly(2026, 11, 30), TimeSpan.Zero), 0.1);
            contents.AdvanceTo(contents.Time.AddHours(50.5));
            Assert.Equal(Number(f[^1]), contents.Litres, 1e-9);
        }

        Assert.Equal(
            "thu-dau-mot-res-1;thu-dau-mot-org-1;thu-dau-mot-rec-1;di-an-res-1;di-an-org-1;di-an-rec-1;thuan-an-res-1;thuan-an-org-1;thuan-an-rec-1;ben-cat-res-1;ben-cat-org-1;ben-cat-rec-1;tan-uyen-res-1;tan-uyen-org-1;tan-uyen-rec-1",
            string.Join(";", city.Fleet.Vehicles.Select(v => v.Id)));
    }

    [Fact]
    public void The_tuned_static_schedule_assumes_the_day_noise_the_city_was_calibrated_with()
    {
        Assert.Equal(Fitted.DayNoiseSigma, new TunedStaticOptions().DaySpread, 0.001);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
