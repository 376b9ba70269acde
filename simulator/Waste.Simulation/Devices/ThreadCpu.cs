using System.Runtime.InteropServices;

namespace Waste.Simulation.Devices;

/// <summary>
/// CPU time of the calling thread (Linux's <c>CLOCK_THREAD_CPUTIME_ID</c>), so that the profile can tell the devices'
/// own work (firmware and its MQTT client calls, on the device threads) from the cloud's; .NET has no such call of its
/// own. Elsewhere it is not measured.
/// </summary>
public static class ThreadCpu
{
    private const int ThreadCpuClock = 3;

    /// <summary>True where the thread's CPU time can be read.</summary>
    public static bool IsSupported { get; } = OperatingSystem.IsLinux();

    /// <summary>The calling thread's CPU time so far, or zero where it is not measured.</summary>
    public static TimeSpan Now()
    {
        if (!IsSupported || ClockGetTime(ThreadCpuClock, out var time) != 0)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    // A clock read neither blocks nor calls back: the runtime's GC transition would cost more than the call.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    [SuppressGCTransition]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
