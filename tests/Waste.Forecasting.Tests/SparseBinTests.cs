using Waste.Forecasting;

namespace Waste.Forecasting.Tests;

/// <summary>Bins the cloud knows little about still get a forecast, with a band as wide as their ignorance.</summary>
public class SparseBinTests
{
    private static readonly FillModelSettings Settings = FillModelSettings.Default;
    private static readonly DateTimeOffset Start = SyntheticBin.Start;

    private static double Width(ProjectedFill fill) => fill.High - fill.Low;

    [Fact]
    public void A_bin_with_one_reading_gets_a_rising_forecast_with_a_wide_band()
    {
        var model = new FillModel();
        model.Observe(new FillObservation(Start, 30), RatePrior.CityDefault, Settings);

        var dayAhead = FillForecaster.Project(model, RatePrior.CityDefault, Settings, Start.AddDays(2)).At(Start.AddHours(24));

        Assert.InRange(dayAhead.Expected, 30 + 1.4 * 24 * 0.9, 30 + 1.4 * 24 * 1.1);
        Assert.True(Width(dayAhead) >= 20, $"band {dayAhead.Low:0.0}-{dayAhead.High:0.0}");
    }

    [Fact]
    public void A_bin_that_only_reports_its_emptyings_is_forecast_from_its_cycles_and_the_band_narrows_as_they_come()
    {
        var model = new FillModel();
        model.Emptied(new Collection(Start, 80, 0), RatePrior.CityDefault);
        var first = FillForecaster.Project(model, RatePrior.CityDefault, Settings, Start.AddDays(3)).At(Start.AddHours(40));

        // Then every 40 hours, found about 60 % full.
        var time = Start;
        foreach (var fill in new[] { 58.0, 63, 60, 57, 62, 61, 59, 60, 62, 58 })
        {
            time = time.AddHours(40);
            Assert.Equal(ReadingOutcome.Emptied, model.Emptied(new Collection(time, fill, 0), RatePrior.CityDefault).Outcome);
        }

        var projection = FillForecaster.Project(model, RatePrior.CityDefault, Settings, time.AddDays(3));
        var learnt = projection.At(time.AddHours(40));

        Assert.True(model.LevelFromCycles);
        Assert.Equal(time, projection.From);
        Assert.True(Width(first) >= 40, $"with no cycle yet the band is {first.Low:0.0}-{first.High:0.0}");
        Assert.InRange(learnt.Expected, 54, 66);
        Assert.True(Width(learnt) < Width(first) / 2, $"after ten cycles the band is {learnt.Low:0.0}-{learnt.High:0.0}");
        Assert.All(projection.Points.Zip(projection.Points.Skip(1)), pair => Assert.True(pair.Second.Expected >= pair.First.Expected));
    }

    [Fact]
    public void A_reading_after_reported_emptyings_takes_over_from_the_cycles()
    {
        var model = new FillModel();
        model.Emptied(new Collection(Start, 70, 5), RatePrior.CityDefault);
        model.Observe(new FillObservation(Start.AddHours(10), 42), RatePrior.CityDefault, Settings);

        var projection = FillForecaster.Project(model, RatePrior.CityDefault, Settings, Start.AddDays(2));

        Assert.False(model.LevelFromCycles);
        Assert.Equal(42, projection.Points[0].Expected);
        Assert.Equal(ReadingOutcome.OutOfOrder, model.Emptied(new Collection(Start.AddHours(5), 70, 0), RatePrior.CityDefault).Outcome);
    }

    [Fact]
    public void A_bin_whose_sensor_is_stuck_is_forecast_from_its_last_trusted_reading_not_as_flat_and_sure()
    {
        var model = new FillModel();
        var time = Start;
        foreach (var (reading, _) in new SyntheticBin(_ => 1.5, noise: 1, seed: 9).Readings(TimeSpan.FromMinutes(30), TimeSpan.FromDays(10), emptyAt: 90))
        {
            model.Observe(reading, RatePrior.CityDefault, Settings);
            time = reading.Time;
        }

        // Stuck for a day at the last reading's value: what the model would say if it believed it.
        var stuckAt = model.Level;
        for (var i = 1; i <= 48; i++)
        {
            model.Observe(new FillObservation(time.AddMinutes(30 * i), stuckAt), RatePrior.CityDefault, Settings);
        }

        var believed = FillForecaster.Project(model, RatePrior.CityDefault, Settings, time.AddDays(3)).At(time.AddHours(48));
        model.Distrust(time.AddMinutes(30));
        var distrusted = FillForecaster.Project(model, RatePrior.CityDefault, Settings, time.AddDays(3));
        var dayAhead = distrusted.At(time.AddHours(48));

        Assert.Equal(time.AddMinutes(30), distrusted.From);
        Assert.True(dayAhead.Expected >= Math.Min(100, stuckAt + 1.4 * 40), $"expected {dayAhead.Expected:0.0} from {stuckAt:0.0}");
        Assert.True(Width(dayAhead) > Width(believed), $"band {dayAhead.Low:0.0}-{dayAhead.High:0.0} against {believed.Low:0.0}-{believed.High:0.0} when believed");
    }

    [Fact]
    public void The_first_trusted_reading_after_a_stuck_spell_starts_the_level_afresh()
    {
        var model = new FillModel();
        model.Observe(new FillObservation(Start, 40), RatePrior.CityDefault, Settings);
        model.Observe(new FillObservation(Start.AddHours(1), 40), RatePrior.CityDefault, Settings);
        model.Distrust(Start);

        model.Observe(new FillObservation(Start.AddHours(6), 65), RatePrior.CityDefault, Settings);

        Assert.Null(model.DistrustedSince);
        Assert.Equal(65, model.Level);
        Assert.Equal(Start.AddHours(6), FillForecaster.Project(model, RatePrior.CityDefault, Settings, Start.AddDays(1)).From);
    }
}
