using Waste.Simulation.Devices;

namespace Waste.Simulation.Tests.Devices;

public sealed class DeviceThreadsTests
{
    [Fact]
    public void A_batch_runs_every_item_and_returns_once_all_are_done_with_their_allocations_counted()
    {
        using var threads = new DeviceThreads(4);
        var done = new bool[200];
        var kept = new byte[200][];

        threads.Run([.. Enumerable.Range(0, done.Length).Select(i => (Action)(() =>
        {
            kept[i] = new byte[10_000];
            Thread.SpinWait(1_000);
            done[i] = true;
        }))]);

        Assert.All(done, Assert.True);
        Assert.True(threads.Allocated >= 200 * 10_000, $"{threads.Allocated} bytes counted");
        Assert.True(!ThreadCpu.IsSupported || threads.Cpu > TimeSpan.Zero);
    }

    [Fact]
    public void A_failed_item_fails_the_batch_after_the_others_have_run_and_the_threads_go_on()
    {
        using var threads = new DeviceThreads(2);
        var done = 0;

        var failure = Assert.Throws<AggregateException>(() => threads.Run([.. Enumerable.Range(0, 20).Select(i => (Action)(() =>
        {
            if (i == 3)
            {
                throw new InvalidOperationException("wake 3 failed");
            }

            Interlocked.Increment(ref done);
        }))]));

        Assert.Equal("wake 3 failed", Assert.Single(failure.InnerExceptions).Message);
        Assert.Equal(19, done);
        threads.Run([() => Interlocked.Increment(ref done)]);
        Assert.Equal(20, done);
    }
}
