using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration.Attributes;

namespace Waste.Routing.Instances;

/// <summary>One row of <c>bks.csv</c>: the best-known cost of an instance and whether it is proven optimal.</summary>
public sealed record BestKnownSolution
{
    /// <summary>Instance name.</summary>
    [Name("instance")]
    public required string Instance { get; init; }

    /// <summary>Best-known cost (an integer for CVRPLIB's rounded sets, a decimal for CMT, Golden, Solomon).</summary>
    [Name("bks_cost")]
    public required double Cost { get; init; }

    /// <summary>"yes" when the cost is proven optimal.</summary>
    [Name("optimal_known")]
    [Optional]
    public string OptimalKnown { get; init; } = "";

    /// <summary>Vehicles the best-known solution uses, when the table says (Kim's sets: the published fleet, which the
    /// benchmark then gives the solvers).</summary>
    [Name("vehicles")]
    [Optional]
    public int? Vehicles { get; init; }

    /// <summary>The cost convention, when the table says (<c>round(nint)</c>, <c>real</c>); null otherwise.</summary>
    [Name("distance_convention")]
    [Optional]
    public string? DistanceConvention { get; init; }

    /// <summary>The cost convention the table gives, or null.</summary>
    [Ignore]
    public CostConvention? Convention => CostConventions.Parse(DistanceConvention);

    /// <summary>Whether the cost is proven optimal.</summary>
    [Ignore]
    public bool IsOptimal => OptimalKnown == "yes";
}

/// <summary>Loads a <c>bks.csv</c> (../shared/data/cvrplib/SOURCE.md describes the columns; only <c>instance</c> and
/// <c>bks_cost</c> are required).</summary>
public static class BestKnownSolutions
{
    /// <summary>Best-known solutions by instance name.</summary>
    public static IReadOnlyDictionary<string, BestKnownSolution> Load(string path)
    {
        using var reader = File.OpenText(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        try
        {
            var best = new Dictionary<string, BestKnownSolution>(StringComparer.Ordinal);
            foreach (var row in csv.GetRecords<BestKnownSolution>())
            {
                var line = csv.Context.Parser?.RawRow ?? 0;
                if (!double.IsFinite(row.Cost) || row.Cost <= 0)
                {
                    throw new InstanceParseException(Path.GetFileName(path), line, $"best-known cost of {row.Instance} is not a positive number");
                }

                if (!best.TryAdd(row.Instance, row))
                {
                    throw new InstanceParseException(Path.GetFileName(path), line, $"{row.Instance} is listed twice");
                }
            }

            return best;
        }
        catch (CsvHelperException e)
        {
            throw new InstanceParseException(Path.GetFileName(path), e.Context?.Parser?.RawRow ?? 0, e.Message.Split('\n')[0]);
        }
    }
}
