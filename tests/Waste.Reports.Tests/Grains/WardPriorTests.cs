using Microsoft.Extensions.Time.Testing;
using Waste.Forecasting;
using Waste.Grains.Zones;

namespace Waste.Reports.Tests.Grains;

/// <summary>A ward's prior changes only from one slot of the event clock to the next, and the same shares make the
/// same prior whatever order they arrived in: what makes two runs of one simulated city drive the same plans.</summary>
public sealed class WardPriorTests : ReportWritingFixture
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);
    private static readonly double[] Rates = [0.4, 1.7, 0.9, 2.6, 0.55, 1.15, 3.3];

    private readonly FakeTimeProvider _clock = new(Start);

    // A bin that has filled at about this rate for four days (a little faster in some hours), emptied at 90 %.
    private static FillShare ShareOf(double pointsPerHour)
    {
        var model = new FillModel();
        var fill = 5.0;
        for (var hour = 0; hour < 96; hour++)
        {
            model.Observe(new FillObservation(Start.AddDays(-5).AddHours(hour), fill), RatePrior.CityDefault, FillModelSettings.Default);
            fill = fill > 90 ? 5 : fill + pointsPerHour * (1 + 0.3 * Math.Sin(hour));
        }

        return model.Share;
    }

    private static void AssertSame(RatePrior expected, RatePrior actual)
    {
        for (var hour = 0; hour < HourOfWeek.Count; hour++)
        {
            Assert.Equal(expected.At(hour), actual.At(hour));
        }

        Assert.Equal(expected.Cycles, actual.Cycles);
        Assert.Equal(expected.Skill, actual.Skill);
    }

    [Fact]
    public async Task A_share_joins_the_wards_prior_from_the_next_slot_on()
    {
        var silo = await StartSiloAsync(_clock);
        var ward = silo.Grains.GetGrain<IZoneGrain>("Thủ Dầu Một/Phú Cường");
        AssertSame(RatePrior.CityDefault, await ward.GetRatePrior());

        var share = ShareOf(3.3);
        await ward.ReportRates("bin-fast", share);
        _clock.Advance(ZoneGrain.PriorSlot / 2);
        AssertSame(RatePrior.CityDefault, await ward.GetRatePrior());

        _clock.Advance(ZoneGrain.PriorSlot / 2);
        var after = await ward.GetRatePrior();
        AssertSame(RatePrior.Of([share], RatePrior.CityDefault), after);
        Assert.True(after.At(50).PointsPerHour > RatePrior.CityDefault.At(50).PointsPerHour + 0.2, $"{after.At(50)}");
    }

    [Fact]
    public async Task The_same_shares_make_the_same_prior_whatever_order_they_arrived_in()
    {
        var silo = await StartSiloAsync(_clock);
        var forwards = silo.Grains.GetGrain<IZoneGrain>("Dĩ An/Đông Hòa");
        var backwards = silo.Grains.GetGrain<IZoneGrain>("Dĩ An/Tân Bình");
        var shares = Rates.Select((rate, i) => ($"bin-{i:D4}", ShareOf(rate))).ToList();

        foreach (var (bin, share) in shares)
        {
            await forwards.ReportRates(bin, share);
        }

        foreach (var (bin, share) in Enumerable.Reverse(shares))
        {
            await backwards.ReportRates(bin, share);
        }

        _clock.Advance(ZoneGrain.PriorSlot);
        AssertSame(await forwards.GetRatePrior(), await backwards.GetRatePrior());
    }

    [Fact]
    public async Task Shares_not_yet_in_the_prior_survive_a_restart()
    {
        var silo = await StartSiloAsync(_clock);
        const string Ward = "Bến Cát/Mỹ Phước";
        var share = ShareOf(3.3);
        await silo.Grains.GetGrain<IZoneGrain>(Ward).ReportRates("bin-fast", share);
        await StopAsync(silo);

        var restarted = await StartSiloAsync(_clock);

        AssertSame(RatePrior.Of([share], RatePrior.CityDefault), await restarted.Grains.GetGrain<IZoneGrain>(Ward).GetRatePrior());
    }
}
