using System.Collections.Concurrent;
using System.Globalization;

namespace Waste.Hub;

/// <summary>Direct-method calls waiting for their device's answer, matched by request id.</summary>
public sealed class MethodCalls
{
    private readonly ConcurrentDictionary<string, (string DeviceId, TaskCompletionSource<MethodAnswer> Answer)> _pending = new();
    private long _nextRequestId;

    /// <summary>Starts a call to <paramref name="deviceId"/>: its request id, and the answer to await.</summary>
    private (string RequestId, Task<MethodAnswer> Answer) Start(string deviceId)
    {
        var requestId = Interlocked.Increment(ref _nextRequestId).ToString(CultureInfo.InvariantCulture);
        var answer = new TaskCompletionSource<MethodAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[requestId] = (deviceId, answer);
        return (requestId, answer.Task);
    }

    /// <summary>Calls a direct method on <paramref name="deviceId"/>: <paramref name="send"/> publishes the request
    /// under the request id it is given, or answers false when the device is not connected (404); the device's answer
    /// is awaited at most <paramref name="timeout"/> (504 after).</summary>
    public async Task<MethodAnswer> CallAsync(string deviceId, Func<string, Task<bool>> send, TimeSpan timeout)
    {
        var (requestId, answer) = Start(deviceId);
        try
        {
            if (!await send(requestId))
            {
                return new MethodAnswer(404, $$"""{"error":"device {{deviceId}} is not connected"}""");
            }

            // Network round trips take real time, whatever clock the domain runs on.
            return await answer.WaitAsync(timeout, TimeProvider.System);
        }
        catch (TimeoutException)
        {
            return new MethodAnswer(504, $$"""{"error":"no answer within {{timeout.TotalSeconds:0.#}} s"}""");
        }
        finally
        {
            Abandon(requestId);
        }
    }

    /// <summary>A device answered; false when no call of that device waits under that id (late, or forged).</summary>
    public bool Complete(string deviceId, string requestId, MethodAnswer answer) =>
        _pending.TryGetValue(requestId, out var call)
        && call.DeviceId == deviceId
        && _pending.TryRemove(requestId, out _)
        && call.Answer.TrySetResult(answer);

    /// <summary>Gives up on a call (timed out, or the device left).</summary>
    private void Abandon(string requestId) => _pending.TryRemove(requestId, out _);

    /// <summary>Calls waiting now.</summary>
    public int Pending => _pending.Count;
}
