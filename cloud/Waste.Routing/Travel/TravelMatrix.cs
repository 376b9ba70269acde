namespace Waste.Routing.Travel;

/// <summary>Road distances (metres) and driving times (seconds) between every pair of a list of places, row-major.</summary>
public sealed class TravelMatrix
{
    /// <summary>Wraps matrices of <paramref name="size"/> squared entries.</summary>
    public TravelMatrix(int size, int[] metres, int[] seconds)
    {
        if (metres.Length != size * size || seconds.Length != size * size)
        {
            throw new ArgumentException($"a matrix for {size} places needs {size * size} entries");
        }

        if (metres.Any(m => m < 0) || seconds.Any(s => s < 0))
        {
            throw new ArgumentException("distances and times cannot be negative");
        }

        Size = size;
        Metres = metres;
        Seconds = seconds;
    }

    /// <summary>Number of places.</summary>
    public int Size { get; }

    /// <summary>Distance in metres, <c>Metres[from * Size + to]</c>.</summary>
    public int[] Metres { get; }

    /// <summary>Driving time in seconds, <c>Seconds[from * Size + to]</c>.</summary>
    public int[] Seconds { get; }
}
