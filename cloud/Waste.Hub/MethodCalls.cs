using System.Collections.Concurrent;
using System.Globalization;

namespace Waste.Hub;

/// <summary>Direct-method calls waiting for their device's answer, matched by request id.</summary>
public sealed class MethodCalls
{
    private readonly ConcurrentDictionary<string, (string DeviceId, TaskCompletionSource<MethodAnswer> Answer)> _pending = new();
    private long _nextRequestId;

    /// <summary>Starts a call to <paramref name="deviceId"/>: its request id, and the answer to await.</summary>
    public (string RequestId, Task<MethodAnswer> Answer) Start(string deviceId)
    {
        var requestId = Interlocked.Increment(ref _nextRequestId).ToString(CultureInfo.InvariantCulture);
        var answer = new TaskCompletionSource<MethodAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[requestId] = (deviceId, answer);
        return (requestId, answer.Task);
    }

    /// <summary>A device answered; false when no call of that device waits under that id (late, or forged).</summary>
    public bool Complete(string deviceId, string requestId, MethodAnswer answer) =>
        _pending.TryGetValue(requestId, out var call)
        && call.DeviceId == deviceId
        && _pending.TryRemove(requestId, out _)
        && call.Answer.TrySetResult(answer);

    /// <summary>Gives up on a call (timed out, or the device left).</summary>
    public void Abandon(string requestId) => _pending.TryRemove(requestId, out _);

    /// <summary>Calls waiting now.</summary>
    public int Pending => _pending.Count;
}
