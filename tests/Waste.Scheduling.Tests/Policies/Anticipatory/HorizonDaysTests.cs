using Waste.Scheduling.Policies.Anticipatory;

namespace Waste.Scheduling.Tests.Policies.Anticipatory;

public class HorizonDaysTests
{
    [Fact]
    public void Each_truck_comes_once_a_day_named_for_the_day_with_that_days_shift()
    {
        var depot = new TestDepot([TestDepot.Truck("res-1"), TestDepot.Truck("res-2")]);

        var horizon = new HorizonDays(TestDepot.Monday, 3, depot);

        Assert.Equal(["res-1@2026-12-07", "res-2@2026-12-07", "res-1@2026-12-08", "res-2@2026-12-08", "res-1@2026-12-09", "res-2@2026-12-09"],
            horizon.Vehicles.Select(v => v.Id));
        Assert.Equal(TestDepot.At(TestDepot.Monday.AddDays(2), 5), horizon.Vehicles[^1].Shift.Start);
        Assert.Equal(TestDepot.At(TestDepot.Monday, 5), horizon.Start);
        Assert.Equal(TestDepot.At(TestDepot.Monday, 13), horizon.FirstDayEnd);
        Assert.Equal(TestDepot.At(TestDepot.Monday.AddDays(2), 13), horizon.End);
    }

    [Fact]
    public void A_site_open_through_the_shifts_is_one_place_and_one_with_hours_is_one_place_a_day()
    {
        var allDay = new HorizonDays(TestDepot.Monday, 2, new TestDepot([TestDepot.Truck("t")]));
        var office = new HorizonDays(TestDepot.Monday, 2, new TestDepot([TestDepot.Truck("t")], TimeSpan.FromHours(7), TimeSpan.FromHours(11)));

        Assert.Null(Assert.Single(allDay.Sites).OpeningHours);
        Assert.Equal(["landfill@2026-12-07", "landfill@2026-12-08"], office.Sites.Select(s => s.Id));
        Assert.Equal(TestDepot.At(TestDepot.Monday.AddDays(1), 7), office.Sites[1].OpeningHours!.Value.Start);
    }

    [Theory]
    [InlineData("res-1@2026-12-08", "res-1", "2026-12-08")]
    [InlineData("odd@name@2026-12-09", "odd@name", "2026-12-09")]
    [InlineData("landfill", "landfill", null)]
    [InlineData("x@not-a-day", "x@not-a-day", null)]
    public void A_horizon_name_reads_back_as_its_truck_or_site_and_day(string name, string id, string? day)
    {
        var (parsedId, parsedDay) = HorizonDays.Parse(name);

        Assert.Equal(id, parsedId);
        Assert.Equal(day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), parsedDay);
    }
}
