using Waste.Telemetry;

namespace Waste.Cloud.Tests.Telemetry;

public class ReadingValidatorTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1764180000);

    private static DeviceReading At(DateTimeOffset time, double? fill = 50, double? distance = 0.5, double? temperature = 30) =>
        new() { Sequence = 1, Time = time, FillPercent = fill, DistanceMetres = distance, TemperatureCelsius = temperature };

    [Fact]
    public void A_plausible_reading_passes()
    {
        Assert.Null(ReadingValidator.Check(At(Now.AddMinutes(-5)), Now));
        Assert.Null(ReadingValidator.Check(At(Now, fill: null, distance: null, temperature: null), Now));
    }

    [Theory]
    [InlineData(double.NaN, 0.5, 30)]
    [InlineData(-0.1, 0.5, 30)]
    [InlineData(100.1, 0.5, 30)]
    [InlineData(50, -0.1, 30)]
    [InlineData(50, 99, 30)]
    [InlineData(50, 0.5, 300)]
    [InlineData(50, 0.5, double.PositiveInfinity)]
    public void A_value_no_sensor_reports_is_out_of_range(double fill, double distance, double temperature)
    {
        Assert.Equal(RejectionReason.ValueOutOfRange, ReadingValidator.Check(At(Now, fill, distance, temperature), Now));
    }

    [Fact]
    public void A_time_far_in_the_future_or_the_past_is_clock_skew()
    {
        Assert.Equal(RejectionReason.ClockSkew, ReadingValidator.Check(At(Now + TelemetryLimits.MaxFutureSkew + TimeSpan.FromSeconds(1)), Now));
        Assert.Equal(RejectionReason.ClockSkew, ReadingValidator.Check(At(Now - TelemetryLimits.MaxAge - TimeSpan.FromSeconds(1)), Now));
    }
}
