namespace Waste.Simulation.Devices;

/// <summary>A number for a device id that is the same in every process (string.GetHashCode is not): keys the
/// device's random streams.</summary>
public static class StableIndex
{
    /// <summary>FNV-1a over the id's characters.</summary>
    public static long GetStableIndex(this string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return (long)(hash & 0x7FFF_FFFF_FFFF);
    }
}
