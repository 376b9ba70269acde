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

    /// <summary>Best-known cost.</summary>
    [Name("bks_cost")]
    public required long Cost { get; init; }

    /// <summary>"yes" when the cost is proven optimal.</summary>
    [Name("optimal_known")]
    public required string OptimalKnown { get; init; }

    /// <summary>Whether the cost is proven optimal.</summary>
    [Ignore]
    public bool IsOptimal => OptimalKnown == "yes";
}

/// <summary>Loads <c>bks.csv</c> (../shared/data/cvrplib/SOURCE.md describes it).</summary>
public static class BestKnownSolutions
{
    /// <summary>Best-known solutions by instance name.</summary>
    public static IReadOnlyDictionary<string, BestKnownSolution> Load(string path)
    {
        using var reader = File.OpenText(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        try
        {
            return csv.GetRecords<BestKnownSolution>().ToDictionary(b => b.Instance);
        }
        catch (CsvHelperException e)
        {
            throw new InstanceParseException(Path.GetFileName(path), e.Context?.Parser?.RawRow ?? 0, e.Message.Split('\n')[0]);
        }
    }
}
