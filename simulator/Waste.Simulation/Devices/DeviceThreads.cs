using System.Collections.Concurrent;

namespace Waste.Simulation.Devices;

/// <summary>
/// Dedicated threads that run device wakes: the firmware's MQTT link blocks its caller (nanoFramework has no Task),
/// and blocking thread-pool threads would starve MQTTnet's own continuations. <see cref="Run"/> runs a batch and
/// returns when every item has finished. Idle threads sleep on a monitor rather than a semaphore: a semaphore spins
/// before it blocks, and dozens of spinning threads took a tenth of a simulation's CPU on two cores (profiled).
/// </summary>
public sealed class DeviceThreads : IDisposable
{
    private readonly Queue<(Action Work, Batch Batch)> _queue = new();
    private readonly Thread[] _threads;
    private long _cpuTicks;
    private long _allocated;
    private bool _stopping;

    /// <summary>Starts <paramref name="count"/> threads.</summary>
    public DeviceThreads(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _threads = [.. Enumerable.Range(0, count).Select(i => new Thread(Loop) { IsBackground = true, Name = $"device-{i}" })];
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    /// <summary>CPU time the threads spent in work so far (zero where <see cref="ThreadCpu"/> cannot measure it).</summary>
    public TimeSpan Cpu => TimeSpan.FromTicks(Interlocked.Read(ref _cpuTicks));

    /// <summary>Bytes the threads allocated in work so far.</summary>
    public long Allocated => Interlocked.Read(ref _allocated);

    /// <summary>Runs <paramref name="work"/> on the threads; throws the first failure once all have finished.</summary>
    public void Run(IReadOnlyList<Action> work)
    {
        if (work.Count == 0)
        {
            return;
        }

        var batch = new Batch(work.Count);
        lock (_queue)
        {
            foreach (var item in work)
            {
                _queue.Enqueue((item, batch));
            }

            Monitor.PulseAll(_queue);
        }

        batch.Wait();
        if (!batch.Errors.IsEmpty)
        {
            throw new AggregateException("a device wake failed", batch.Errors);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_queue)
        {
            _stopping = true;
            Monitor.PulseAll(_queue);
        }

        foreach (var thread in _threads)
        {
            thread.Join();
        }
    }

    private void Loop()
    {
        while (Take(wait: true) is { } first)
        {
            // The CPU clock is a system call: read once per spell of work, not at every wake.
            var cpu = ThreadCpu.Now();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            for (var item = first; ;)
            {
                try
                {
                    item.Work();
                }
                catch (Exception e)
                {
                    item.Batch.Errors.Enqueue(e);
                }

                // The spell's figures are booked before its last item is done, so a caller of Run sees them.
                var next = Take(wait: false);
                if (next is null)
                {
                    Interlocked.Add(ref _cpuTicks, (ThreadCpu.Now() - cpu).Ticks);
                    Interlocked.Add(ref _allocated, GC.GetAllocatedBytesForCurrentThread() - allocated);
                }

                item.Batch.Done();
                if (next is not { } following)
                {
                    break;
                }

                item = following;
            }
        }
    }

    // The next item, waiting for one if asked; null once stopping, or when none waits and not asked to wait.
    private (Action Work, Batch Batch)? Take(bool wait)
    {
        lock (_queue)
        {
            while (wait && _queue.Count == 0 && !_stopping)
            {
                Monitor.Wait(_queue);
            }

            return _queue.TryDequeue(out var item) ? item : null;
        }
    }

    // The items of one Run call still running, and their failures.
    private sealed class Batch(int count)
    {
        private readonly object _gate = new();
        private int _left = count;

        public ConcurrentQueue<Exception> Errors { get; } = new();

        public void Done()
        {
            if (Interlocked.Decrement(ref _left) == 0)
            {
                lock (_gate)
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }

        public void Wait()
        {
            lock (_gate)
            {
                while (Volatile.Read(ref _left) > 0)
                {
                    Monitor.Wait(_gate);
                }
            }
        }
    }
}
