using Waste.Grains;

namespace Waste.Cloud.Tests.Grains;

/// <summary>Group commit for a reentrant grain, driven on one exclusive scheduler as a grain's turns are.</summary>
public class CoalescedWriteTests
{
    private readonly TaskScheduler _turns = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
    private readonly List<TaskCompletionSource> _writes = [];
    private readonly CoalescedWrite _coalesced;
    private int _state;
    private readonly List<int> _persisted = [];

    public CoalescedWriteTests()
    {
        _coalesced = new CoalescedWrite(() =>
        {
            // Serialized when the write begins, as the grain storage providers do.
            var snapshot = _state;
            var write = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _writes.Add(write);
            return write.Task.ContinueWith(t =>
            {
                t.GetAwaiter().GetResult();
                _persisted.Add(snapshot);
            }, TaskScheduler.Default);
        });
    }

    // A change and its persisting, in one turn of the grain.
    private Task Change(int value) => Task.Factory.StartNew(() =>
    {
        _state = value;
        return _coalesced.PersistAsync();
    }, CancellationToken.None, TaskCreationOptions.None, _turns).Unwrap();

    private async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        Assert.True(condition());
    }

    [Fact]
    public async Task Changes_made_while_a_write_is_in_flight_share_the_next_write()
    {
        var first = Change(1);
        await Until(() => _writes.Count == 1);
        var others = new[] { Change(2), Change(3), Change(4) };
        await Task.Delay(50);
        Assert.Single(_writes);

        _writes[0].SetResult();
        await first;
        await Until(() => _writes.Count == 2);
        Assert.All(others, t => Assert.False(t.IsCompleted));
        _writes[1].SetResult();
        await Task.WhenAll(others);

        Assert.Equal([1, 4], _persisted);
        Assert.Equal(2, _writes.Count);
    }

    [Fact]
    public async Task A_failed_write_fails_its_caller_and_a_waiting_change_is_written_again()
    {
        var first = Change(1);
        await Until(() => _writes.Count == 1);
        var second = Change(2);
        _writes[0].SetException(new IOException("disk full"));

        await Assert.ThrowsAsync<IOException>(() => first);
        await Until(() => _writes.Count == 2);
        _writes[1].SetResult();
        await second;
        Assert.Equal([2], _persisted);
    }

    [Fact]
    public async Task A_lone_change_is_written_at_once_and_alone()
    {
        var only = Change(7);
        await Until(() => _writes.Count == 1);
        _writes[0].SetResult();
        await only;

        var next = Change(8);
        await Until(() => _writes.Count == 2);
        _writes[1].SetResult();
        await next;
        Assert.Equal([7, 8], _persisted);
    }
}
