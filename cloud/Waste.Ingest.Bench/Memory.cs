using System.Diagnostics;

namespace Waste.Ingest.Bench;

/// <summary>The process's memory after a full, compacting collection: what the operating system has resident and
/// what the managed heap holds.</summary>
internal readonly record struct Memory(long ResidentBytes, long ManagedHeapBytes)
{
    public static Memory Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new Memory(process.WorkingSet64, GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes);
    }
}
