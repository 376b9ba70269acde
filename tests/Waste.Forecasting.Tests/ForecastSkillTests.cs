using Waste.Forecasting;

namespace Waste.Forecasting.Tests;

public class ForecastSkillTests
{
    private static readonly FillModelSettings Settings = FillModelSettings.Default;

    [Fact]
    public void A_bin_that_fills_as_its_rates_say_keeps_the_models_forecast()
    {
        var model = new FillModel();
        foreach (var (reading, _) in new SyntheticBin(h => h is >= 6 and < 20 ? 1.2 : 0.3, noise: 1.5, seed: 11).Readings(TimeSpan.FromMinutes(30), TimeSpan.FromDays(28), emptyAt: 95))
        {
            model.Observe(reading, RatePrior.CityDefault, Settings);
        }

        var skill = model.SkillEstimate(RatePrior.CityDefault);

        Assert.True(model.Skill.Scores > 10);
        Assert.InRange(skill.RiseWeight, 0.8, 1.2);
        Assert.InRange(skill.SurpriseWeight, 0, 0.3);
    }

    [Fact]
    public void A_bin_whose_readings_wander_without_filling_learns_to_trust_the_last_reading_and_not_the_rise()
    {
        // A level that moves in steps of a few points, up or down, read with noise: rates learnt from the rises
        // expect a fill the bin never shows a day later.
        var random = new Random(12);
        var model = new FillModel();
        var level = 55.0;
        var time = SyntheticBin.Start;
        for (var i = 0; i < 24 * 28; i++)
        {
            if (random.NextDouble() < 0.08)
            {
                level = Math.Clamp(level + (random.NextDouble() < 0.5 ? -8 : 8), 40, 70);
            }

            model.Observe(new FillObservation(time, level + 3 * (random.NextDouble() - 0.5)), RatePrior.CityDefault, Settings);
            time = time.AddHours(1);
        }

        var skill = model.SkillEstimate(RatePrior.CityDefault);

        Assert.True(skill.RiseWeight < 0.5, $"rise weight {skill.RiseWeight:0.00}");
        Assert.True(skill.SurpriseWeight > 0.2, $"surprise weight {skill.SurpriseWeight:0.00}");
    }

    [Fact]
    public void A_ward_of_wandering_bins_gives_a_new_bin_their_skill()
    {
        var scored = new ForecastSkill();
        var time = SyntheticBin.Start;
        for (var i = 0; i < 40; i++)
        {
            // The model expected a rise of 2 to 10 points a day; the bin rose by none, and the last reading's
            // departure from the level stayed.
            var (rise, surprise) = (2.0 + 2 * (i % 5), 2.0 * (i % 7 - 3));
            scored.Keep(new SkillCheck(time, 50, surprise, rise, 5));
            scored.Score(new FillObservation(time + ForecastSkill.Lag, 50 + surprise), SkillEstimate.ModelAsIs);
            time += ForecastSkill.Lag;
        }

        var ward = ForecastSkill.Pool([scored, new ForecastSkill()]).Estimate(SkillEstimate.ModelAsIs);
        var newBin = new ForecastSkill().Estimate(ward);

        Assert.InRange(ward.RiseWeight, 0, 0.3);
        Assert.InRange(ward.SurpriseWeight, 0.7, 1);
        Assert.Equal(ward, newBin);
    }

    [Fact]
    public void A_forecast_scored_too_late_teaches_nothing_and_an_emptying_drops_those_waiting()
    {
        var skill = new ForecastSkill();
        var time = SyntheticBin.Start;
        skill.Keep(new SkillCheck(time, 50, 0, 10, 5));
        skill.Score(new FillObservation(time + 2 * ForecastSkill.Lag, 90), SkillEstimate.ModelAsIs);
        Assert.Equal(0, skill.Scores);

        skill.Keep(new SkillCheck(time, 50, 0, 10, 5));
        skill.Forget();
        skill.Score(new FillObservation(time + ForecastSkill.Lag, 90), SkillEstimate.ModelAsIs);
        Assert.Equal(0, skill.Scores);
        Assert.True(skill.Wants(time));
    }
}
