using System.Collections.Concurrent;

namespace Waste.Simulation.Devices;

/// <summary>
/// Dedicated threads that run device wakes: the firmware's MQTT link blocks its caller (nanoFramework has no Task),
/// and blocking thread-pool threads would starve MQTTnet's own continuations. <see cref="Run"/> runs a batch and
/// returns when every item has finished.
/// </summary>
public sealed class DeviceThreads : IDisposable
{
    private readonly BlockingCollection<(Action Work, CountdownEvent Done, ConcurrentQueue<Exception> Errors)> _queue = new();
    private readonly Thread[] _threads;

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

    /// <summary>Runs <paramref name="work"/> on the threads; throws the first failure once all have finished.</summary>
    public void Run(IReadOnlyList<Action> work)
    {
        if (work.Count == 0)
        {
            return;
        }

        using var done = new CountdownEvent(work.Count);
        var errors = new ConcurrentQueue<Exception>();
        foreach (var item in work)
        {
            _queue.Add((item, done, errors));
        }

        done.Wait();
        if (!errors.IsEmpty)
        {
            throw new AggregateException("a device wake failed", errors);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _queue.Dispose();
    }

    private void Loop()
    {
        foreach (var (work, done, errors) in _queue.GetConsumingEnumerable())
        {
            try
            {
                work();
            }
            catch (Exception e)
            {
                errors.Enqueue(e);
            }
            finally
            {
                done.Signal();
            }
        }
    }
}
