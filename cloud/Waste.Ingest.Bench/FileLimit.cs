using System.Runtime.InteropServices;

namespace Waste.Ingest.Bench;

/// <summary>Every device holds a socket at each end, both in this process: the open-file limit must allow it.</summary>
internal static partial class FileLimit
{
    private const int NoFile = 7;

    /// <summary>Raises the soft limit to at least <paramref name="wanted"/> (and the hard limit, when running as root);
    /// returns the soft limit in force.</summary>
    public static ulong Ensure(ulong wanted)
    {
        if (!OperatingSystem.IsLinux() || GetRLimit(NoFile, out var limit) != 0)
        {
            return wanted;
        }

        if (limit.Current >= wanted)
        {
            return limit.Current;
        }

        var raised = new RLimit { Current = wanted, Maximum = Math.Max(limit.Maximum, wanted) };
        if (SetRLimit(NoFile, ref raised) != 0)
        {
            raised = new RLimit { Current = Math.Min(wanted, limit.Maximum), Maximum = limit.Maximum };
            SetRLimit(NoFile, ref raised);
        }

        GetRLimit(NoFile, out limit);
        return limit.Current;
    }

    [LibraryImport("libc", EntryPoint = "getrlimit")]
    private static partial int GetRLimit(int resource, out RLimit limit);

    [LibraryImport("libc", EntryPoint = "setrlimit")]
    private static partial int SetRLimit(int resource, ref RLimit limit);

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }
}
