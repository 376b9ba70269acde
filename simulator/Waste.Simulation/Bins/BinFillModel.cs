namespace Waste.Simulation.Bins;

/// <summary>How full a virtual bin really is: waste arrives at a steady rate with some noise, until someone empties
/// it. The truth the virtual sensor measures.</summary>
public sealed class BinFillModel(double depthMetres, double metresPerHour, Random random)
{
    private DateTimeOffset? _lastUpdate;

    /// <summary>Height of the waste above the floor, metres, never above the bin's depth.</summary>
    public double WasteHeightMetres { get; private set; }

    /// <summary>Advances the model to <paramref name="now"/>.</summary>
    public void AdvanceTo(DateTimeOffset now)
    {
        if (_lastUpdate is { } last && now > last)
        {
            var hours = (now - last).TotalHours;
            var noise = 0.5 + random.NextDouble();
            WasteHeightMetres = Math.Min(depthMetres, WasteHeightMetres + metresPerHour * hours * noise);
        }

        _lastUpdate = now;
    }

    /// <summary>A crew empties the bin.</summary>
    public void Empty() => WasteHeightMetres = 0;
}
