using Waste.Firmware.Core.Inputs;
using Waste.Firmware.Tests.Fakes;

namespace Waste.Firmware.Tests.Inputs;

public class DebouncedInputTests
{
    [Fact]
    public void A_level_counts_once_it_has_held_for_the_debounce_time()
    {
        var pin = new SettableInput();
        var input = new DebouncedInput(pin, 200);

        pin.Active = true;
        Assert.False(input.Poll(1000));
        Assert.True(input.IsSettling);
        Assert.Equal(1200, input.SettlesAt);
        Assert.False(input.Poll(1199));
        Assert.True(input.Poll(1200));
        Assert.True(input.IsActive);
    }

    [Fact]
    public void Bounces_shorter_than_the_debounce_time_are_ignored()
    {
        var pin = new SettableInput();
        var input = new DebouncedInput(pin, 200);

        for (var t = 0; t < 2000; t += 50)
        {
            pin.Active = !pin.Active;
            input.Poll(t);
        }

        Assert.False(input.IsActive);
    }
}
