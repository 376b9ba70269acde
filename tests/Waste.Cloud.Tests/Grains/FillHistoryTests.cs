using Waste.Grains.Bins;

namespace Waste.Cloud.Tests.Grains;

public class FillHistoryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Keeps_the_last_reading_of_each_quarter_hour_at_half_a_percent()
    {
        var history = new FillHistory();
        history.Record(Start.AddMinutes(1), 10.2);
        history.Record(Start.AddMinutes(14), 11.26);
        history.Record(Start.AddMinutes(31), 20);

        var points = history.Between(Start, Start.AddHours(1));

        Assert.Equal([(Start, 11.5), (Start.AddMinutes(30), 20.0)], points);
    }

    [Fact]
    public void Forgets_what_is_older_than_thirty_days_and_ignores_readings_that_old()
    {
        var history = new FillHistory();
        history.Record(Start, 50);
        history.Record(Start.AddDays(31), 60);
        history.Record(Start.AddDays(0.5), 70);

        Assert.Equal([(Start.AddDays(31), 60.0)], history.Between(Start.AddDays(-1), Start.AddDays(32)));
    }

    [Fact]
    public void A_late_reading_within_the_window_fills_its_slot()
    {
        var history = new FillHistory();
        history.Record(Start.AddHours(2), 30);
        history.Record(Start.AddHours(1), 25);

        Assert.Equal([(Start.AddHours(1), 25.0), (Start.AddHours(2), 30.0)], history.Between(Start, Start.AddHours(3)));
    }

    [Fact]
    public void Shows_the_last_week_every_quarter_hour_and_before_it_the_last_reading_of_each_hour()
    {
        var history = new FillHistory();
        var newest = Start.AddDays(10);
        history.Record(Start.AddHours(5).AddMinutes(10), 40);
        history.Record(Start.AddHours(5).AddMinutes(40), 45);
        history.Record(newest.AddMinutes(-30), 80);
        history.Record(newest, 81);

        var points = history.Between(Start, newest);

        Assert.Equal([(Start.AddHours(5), 45.0), (newest.AddMinutes(-30), 80.0), (newest, 81.0)], points);
    }

    [Fact]
    public void Agrees_with_dictionaries_of_quarter_hours_and_hours_on_random_streams()
    {
        var random = new Random(41);
        var history = new FillHistory();
        var quarters = new Dictionary<long, double>();
        var hours = new Dictionary<long, double>();
        const long QuarterSlots = 7 * 96, HourSlots = 30 * 24;
        var newest = -1L;
        for (var i = 0; i < 20_000; i++)
        {
            var slot = Math.Max(0, newest + random.Next(-3_000, 60));
            var fill = Math.Round(random.NextDouble() * 200) / 2;
            history.Record(Start + slot * FillHistory.FineResolution, fill);
            newest = Math.Max(newest, slot);
            if (slot > newest - QuarterSlots)
            {
                quarters[slot] = fill;
            }

            if (slot / 4 > newest / 4 - HourSlots)
            {
                hours[slot / 4] = fill;
            }
        }

        // The fine archive's first whole hour is where it takes over.
        var handoverHour = (newest - QuarterSlots + 1 + 3) / 4;
        var expected = hours.Where(p => p.Key > newest / 4 - HourSlots && p.Key < handoverHour).Select(p => (Start + p.Key * FillHistory.CoarseResolution, p.Value))
            .Concat(quarters.Where(p => p.Key > newest - QuarterSlots && p.Key >= handoverHour * 4).Select(p => (Start + p.Key * FillHistory.FineResolution, p.Value)))
            .OrderBy(p => p.Item1);
        Assert.Equal(expected, history.Between(Start, Start + newest * FillHistory.FineResolution));
    }
}
