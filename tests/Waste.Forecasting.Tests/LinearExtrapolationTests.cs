using Waste.Forecasting;
using Waste.Forecasting.Bench;

namespace Waste.Forecasting.Tests;

public class LinearExtrapolationTests
{
    private static readonly DateTimeOffset Start = SyntheticBin.Start;

    [Fact]
    public void Extrapolates_the_recent_slope_from_the_last_reading()
    {
        FillObservation[] history = [new(Start, 10), new(Start.AddHours(1), 12), new(Start.AddHours(2), 14)];

        Assert.Equal(14 + 2 * 24, LinearExtrapolation.Forecast(history, Start.AddHours(2), TimeSpan.FromHours(6), Start.AddHours(26)), 9);
        Assert.Equal(Start.AddHours(2 + 33), LinearExtrapolation.TimeToReach(history, Start.AddHours(2), TimeSpan.FromHours(6), 80));
    }

    [Fact]
    public void Falls_back_to_the_last_reading_with_too_few_and_never_crosses_on_a_falling_slope()
    {
        FillObservation[] few = [new(Start, 10), new(Start.AddHours(1), 30)];
        FillObservation[] falling = [new(Start, 50), new(Start.AddHours(1), 45), new(Start.AddHours(2), 40)];

        Assert.Equal(30, LinearExtrapolation.Forecast(few, Start.AddHours(1), TimeSpan.FromHours(6), Start.AddHours(25)));
        Assert.Null(LinearExtrapolation.TimeToReach(falling, Start.AddHours(2), TimeSpan.FromHours(6), 80));
        Assert.Equal(0, LinearExtrapolation.Forecast(falling, Start.AddHours(2), TimeSpan.FromHours(6), Start.AddHours(26)));
    }
}
