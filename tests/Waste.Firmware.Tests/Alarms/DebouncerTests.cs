using Waste.Firmware.Core.Alarms;

namespace Waste.Firmware.Tests.Alarms;

public class DebouncerTests
{
    [Fact]
    public void Raises_on_k_of_the_last_n_samples_and_clears_only_when_none_of_them_holds()
    {
        var debouncer = new Debouncer(3, 5);

        var states = new[] { true, false, true, false, true, false, false, false, false, false }
            .Select(debouncer.Sample).ToArray();

        Assert.Equal([false, false, false, false, true, true, true, true, true, false], states);
    }

    [Fact]
    public void Two_of_two_needs_two_in_a_row()
    {
        var debouncer = new Debouncer(2, 2);

        Assert.False(debouncer.Sample(true));
        Assert.True(debouncer.IsPending);
        Assert.False(debouncer.Sample(false));
        Assert.False(debouncer.Sample(true));
        Assert.True(debouncer.Sample(true));
    }

    [Fact]
    public void Its_state_survives_deep_sleep()
    {
        var before = new Debouncer(3, 5);
        before.Sample(true);
        before.Sample(true);
        var after = new Debouncer(3, 5);

        after.Restore(before.State);

        Assert.True(after.Sample(true));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(6, 5)]
    [InlineData(1, 33)]
    public void Refuses_an_impossible_window(int k, int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Debouncer(k, n));
    }
}
