using Waste.Firmware.Core.Persistence;
using Waste.Firmware.Tests.Fakes;

namespace Waste.Firmware.Tests.Persistence;

public class SequenceCounterTests
{
    [Fact]
    public void Numbers_increase_by_one_and_flash_is_written_once_per_block()
    {
        var flash = new MemoryStore();
        var counter = new SequenceCounter(flash);

        var numbers = Enumerable.Range(0, 600).Select(_ => counter.Take()).ToArray();

        Assert.Equal(Enumerable.Range(0, 600).Select(i => (long)i), numbers);
        Assert.Equal(3, flash.Saves);
    }

    [Fact]
    public void Through_deep_sleep_the_exact_next_number_from_RTC_memory_is_resumed()
    {
        var flash = new MemoryStore();
        var before = new SequenceCounter(flash);
        for (var i = 0; i < 10; i++)
        {
            before.Take();
        }

        var after = new SequenceCounter(flash);
        after.Resume(before.Next);

        Assert.Equal(10, after.Take());
    }

    [Fact]
    public void After_a_reboot_without_RTC_memory_no_number_is_used_twice()
    {
        var flash = new MemoryStore();
        var before = new SequenceCounter(flash);
        var used = Enumerable.Range(0, 300).Select(_ => before.Take()).ToHashSet();

        var after = new SequenceCounter(flash);

        Assert.DoesNotContain(after.Take(), used);
        Assert.True(after.Next - 1 > used.Max());
    }

    [Fact]
    public void A_stale_or_garbled_RTC_value_is_ignored()
    {
        var flash = new MemoryStore();
        var counter = new SequenceCounter(flash);
        counter.Take();
        var rebooted = new SequenceCounter(flash);

        rebooted.Resume(-5);
        rebooted.Resume(1_000_000);

        Assert.Equal(SequenceCounter.BlockSize, rebooted.Next);
    }

    [Fact]
    public void Garbled_flash_starts_from_zero_rather_than_failing()
    {
        var flash = new MemoryStore();
        flash.Save([1, 2, 3]);

        Assert.Equal(0, new SequenceCounter(flash).Take());
    }
}
