using System.Threading;
using nanoFramework.Runtime.Native;

namespace Waste.Firmware.Esp32.Drivers;

/// <summary>
/// Reboots the device when the toilet node's loop stops turning: a timer checks that the loop was kicked within
/// <see cref="TimeoutMilliseconds"/>. A hang in a driver or a deadlock would otherwise leave a toilet unmonitored
/// until someone noticed it offline.
/// </summary>
public sealed class LoopWatchdog
{
    /// <summary>How long the loop may go without a kick.</summary>
    public const int TimeoutMilliseconds = 5 * 60 * 1000;

    private const int CheckMilliseconds = 30 * 1000;

    private readonly Timer _timer;
    private int _checksSinceKick;

    /// <summary>Starts watching.</summary>
    public LoopWatchdog()
    {
        _timer = new Timer(Check, null, CheckMilliseconds, CheckMilliseconds);
    }

    /// <summary>Says the loop is alive.</summary>
    public void Kick() => Interlocked.Exchange(ref _checksSinceKick, 0);

    private void Check(object state)
    {
        if (Interlocked.Increment(ref _checksSinceKick) * CheckMilliseconds > TimeoutMilliseconds)
        {
            _timer.Dispose();
            Power.RebootDevice();
        }
    }
}
