namespace Waste.Scheduling.Policies.TunedStatic;

/// <summary>How the tuned static schedule is chosen (configuration section <c>Planning:TunedStatic</c>).</summary>
public sealed record TunedStaticOptions
{
    /// <summary>How much a bin's fill varies from day to day: the standard deviation of the log of a day's fill against
    /// its mean. 0.545 on the Edinburgh bins the simulator is calibrated on: a day's waste there has a squared
    /// coefficient of variation of 0.3454, and <c>sqrt(ln(1 + 0.3454))</c> = 0.545. Over a gap of <c>g</c> days it shrinks
    /// as <c>1/sqrt(g)</c>.</summary>
    public double DaySpread { get; init; } = 0.545;

    /// <summary>The share of visits that must find the bin under the collection threshold.</summary>
    public double UnderThresholdShare { get; init; } = 0.95;
}
