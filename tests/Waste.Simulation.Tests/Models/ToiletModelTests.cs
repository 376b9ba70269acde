using Waste.Simulation.City;
using Waste.Simulation.Models;

namespace Waste.Simulation.Tests.Models;

/// <summary>Toilet visits by hour, and the odour they leave that ventilation and cleaning clear.</summary>
public sealed class ToiletModelTests
{
    private static readonly DateTimeOffset Monday = LocalTime.At(new DateOnly(2026, 11, 30), TimeSpan.Zero);

    private static CityToilet Toilet(double visitsPerDay, LandUse landUse = LandUse.Market) =>
        new("wc-test", 10.98, 106.65, "Phú Cường", "Thủ Dầu Một", landUse, visitsPerDay, 3);

    [Fact]
    public void Visits_come_only_in_opening_hours_one_at_a_time()
    {
        var model = new ToiletVisitModel(Toilet(200), 1, 5, Monday);

        var visits = model.VisitsUntil(Monday.AddDays(7));

        Assert.NotEmpty(visits);
        Assert.All(visits, v => Assert.InRange(LocalTime.Of(v.Start).Hour, ToiletVisitModel.Opens, ToiletVisitModel.Closes));
        Assert.All(visits.Zip(visits.Skip(1)), pair => Assert.True(pair.Second.Start >= pair.First.End));
        Assert.All(visits, v => Assert.InRange((v.End - v.Start).TotalMinutes, 2, 8));
    }

    [Fact]
    public void A_week_brings_about_the_visits_the_toilet_expects_and_a_market_toilet_is_busiest_in_the_morning()
    {
        var model = new ToiletVisitModel(Toilet(140), 2, 9, Monday);
        var expected = Enumerable.Range(0, 7 * 24).Sum(h => model.VisitsPerHour(LocalTime.Of(Monday.AddHours(h))));

        var visits = model.VisitsUntil(Monday.AddDays(7)).Where(v => v.Start < Monday.AddDays(7)).ToList();

        // Poisson: four standard deviations either way.
        Assert.InRange(visits.Count, expected - 4 * Math.Sqrt(expected), expected + 4 * Math.Sqrt(expected));
        var morning = visits.Count(v => LocalTime.Of(v.Start).Hour is >= 6 and < 9);
        var evening = visits.Count(v => LocalTime.Of(v.Start).Hour is >= 18 and < 21);
        Assert.True(morning > 2 * evening, $"morning {morning}, evening {evening}");
    }

    [Fact]
    public void The_visits_of_an_hour_do_not_depend_on_how_the_model_is_asked()
    {
        var stepwise = new ToiletVisitModel(Toilet(120), 3, 11, Monday);
        var atOnce = new ToiletVisitModel(Toilet(120), 3, 11, Monday);
        for (var minute = 0; minute <= 24 * 60; minute += 7)
        {
            stepwise.VisitAt(Monday.AddMinutes(minute));
        }

        atOnce.VisitAt(Monday);
        Assert.Equal(atOnce.VisitsUntil(Monday.AddDays(1)), stepwise.VisitsUntil(Monday.AddDays(1)));
    }

    [Fact]
    public void Odour_rises_with_visits_and_falls_with_ventilation()
    {
        var air = new OdourModel(ventilationHours: 2);
        air.AdvanceTo(Monday.AddHours(8), 0);

        air.AdvanceTo(Monday.AddHours(9), 20);
        var afterRush = air.AmmoniaPpm;
        air.AdvanceTo(Monday.AddHours(11), 0);

        Assert.Equal(0.5 + 20 * OdourModel.AmmoniaPerVisitPpm, afterRush, 9);
        Assert.Equal(0.5 + 16 * Math.Exp(-1), air.AmmoniaPpm, 9);
        Assert.True(air.SulphidePpm > 0.01);
    }

    [Fact]
    public void Cleaning_at_two_in_the_afternoon_takes_most_of_the_odour_away()
    {
        var air = new OdourModel(ventilationHours: 1000);
        air.AdvanceTo(Monday.AddHours(13), 0);
        air.AdvanceTo(Monday.AddHours(13.9), 30);
        var before = air.BuiltUpPpm;

        air.AdvanceTo(Monday.AddHours(14.1), 0);

        Assert.Equal(before * Math.Exp(-0.2 / 1000) * (1 - OdourModel.CleaningShare), air.BuiltUpPpm, 6);
    }
}
