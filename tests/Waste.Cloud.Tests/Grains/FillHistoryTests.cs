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
    public void Agrees_with_a_dictionary_of_slots_on_random_streams()
    {
        var random = new Random(41);
        var history = new FillHistory();
        var reference = new SortedDictionary<long, double>();
        var newest = 0L;
        for (var i = 0; i < 20_000; i++)
        {
            var slot = Math.Max(0, newest + random.Next(-200, 60));
            var fill = Math.Round(random.NextDouble() * 200) / 2;
            if (slot > newest - FillHistory.Slots)
            {
                history.Record(Start + slot * FillHistory.Resolution, fill);
                reference[slot] = fill;
                newest = Math.Max(newest, slot);
            }
        }

        var expected = reference.Where(p => p.Key > newest - FillHistory.Slots).Select(p => (Start + p.Key * FillHistory.Resolution, p.Value));
        Assert.Equal(expected, history.Between(Start, Start + (newest + 1) * FillHistory.Resolution));
    }
}
