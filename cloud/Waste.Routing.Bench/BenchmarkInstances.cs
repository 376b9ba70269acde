using Waste.Routing.Instances;

namespace Waste.Routing.Bench;

/// <summary>Reads an instance file of any supported format into a <see cref="BenchmarkInstance"/>.</summary>
public static class BenchmarkInstances
{
    /// <summary>Reads the file at <paramref name="path"/> in <paramref name="format"/> (detected from its content when
    /// null). A best-known table's convention, when it gives one, overrides the format's default; its vehicles column is
/// the fleet of a Kim instance. Throws
    /// <see cref="InstanceParseException"/> (or its <see cref="UnsupportedInstanceException"/>) when the file cannot be
    /// solved as it is.</summary>
    public static BenchmarkInstance Read(string path, InstanceFormat? format, BestKnownSolution? best)
    {
        var chosen = format ?? InstanceFormats.Detect(path)
            ?? throw new UnsupportedInstanceException(Path.GetFileName(path), 0, "not a CVRPLIB, Solomon or Kim file (give --format)");
        return chosen switch
        {
            InstanceFormat.Cvrplib => Cvrp(CvrplibFleet.Apply(CvrplibReader.Read(path)), best?.Convention),
            InstanceFormat.Solomon => Cvrp(SolomonReader.Read(path), best?.Convention),
            _ => new KimBenchmarkInstance(KimReader.Read(path), best?.Vehicles),
        };
    }

    private static CvrpBenchmarkInstance Cvrp(CvrpInstance instance, CostConvention? convention) =>
        new(convention is { } c ? instance with { Convention = c } : instance);
}
