using Waste.Forecasting;

namespace Waste.Forecasting.Tests;

public class FillForecasterTests
{
    private static readonly FillModelSettings Settings = FillModelSettings.Default;

    private static FillModel Trained(Func<int, double> rate, double noise, int days, int seed)
    {
        var model = new FillModel();
        foreach (var (reading, _) in new SyntheticBin(rate, noise, seed).Readings(TimeSpan.FromMinutes(30), TimeSpan.FromDays(days), emptyAt: 90))
        {
            model.Observe(reading, RatePrior.CityDefault, Settings);
        }

        return model;
    }

    [Fact]
    public void The_projection_rises_with_the_learnt_rate_and_never_falls()
    {
        var model = Trained(_ => 1.5, noise: 1, days: 14, seed: 7);

        var projection = FillForecaster.Project(model, RatePrior.CityDefault, Settings, model.LevelTime!.Value.AddDays(3));

        Assert.All(projection.Points.Zip(projection.Points.Skip(1)), pair => Assert.True(pair.Second.Expected >= pair.First.Expected));
        var dayAhead = projection.At(projection.From.AddHours(24));
        Assert.InRange(dayAhead.Expected - model.Level, 1.5 * 24 * 0.8, Math.Min(100 - model.Level, 1.5 * 24 * 1.2));
        Assert.True(dayAhead.Low <= dayAhead.Expected && dayAhead.Expected <= dayAhead.High);
        Assert.True(projection.Points[^1].Expected <= 100);
    }

    [Fact]
    public void The_band_widens_with_the_horizon()
    {
        var model = Trained(h => h % 3 == 0 ? 3 : 0.5, noise: 3, days: 14, seed: 8);

        var projection = FillForecaster.Project(model, RatePrior.CityDefault, Settings, model.LevelTime!.Value.AddDays(2));

        var near = projection.At(projection.From.AddHours(2));
        var far = projection.At(projection.From.AddHours(30));
        Assert.True(Math.Min(far.High, 100) - far.Low >= near.High - near.Low || far.High >= 100);
    }

    [Fact]
    public void The_time_to_a_threshold_is_where_the_projection_crosses_it_soonest_expected_and_latest_in_order()
    {
        var model = new FillModel();
        model.Observe(new FillObservation(SyntheticBin.Start, 20), RatePrior.Flat(2, 0.25), Settings);

        var crossing = FillForecaster.Project(model, RatePrior.Flat(2, 0.25), Settings, SyntheticBin.Start.AddDays(7)).TimeToReach(80);

        Assert.Equal(SyntheticBin.Start.AddHours(30), crossing.Expected!.Value);
        Assert.True(crossing.Soonest < crossing.Expected && crossing.Expected < crossing.Latest);
    }

    [Fact]
    public void A_threshold_beyond_the_horizon_has_no_time_and_one_already_passed_is_now()
    {
        var model = new FillModel();
        model.Observe(new FillObservation(SyntheticBin.Start, 90), RatePrior.Flat(0.1, 0.0001), Settings);
        var projection = FillForecaster.Project(model, RatePrior.Flat(0.1, 0.0001), Settings, SyntheticBin.Start.AddHours(10));

        Assert.Equal(SyntheticBin.Start, projection.TimeToReach(80).Expected);
        Assert.Null(projection.TimeToReach(100).Expected);
    }

    [Fact]
    public void Projecting_a_model_without_readings_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => FillForecaster.Project(new FillModel(), RatePrior.CityDefault, Settings, DateTimeOffset.UtcNow));
    }
}
