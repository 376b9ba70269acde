using System.Text.RegularExpressions;

namespace Waste.Routing.Instances;

/// <summary>
/// How many vehicles a CVRPLIB instance allows. In the classic sets (A, B, P ...) the "-kNN" of the name is the fleet,
/// and their best-known costs use exactly that many routes; in Uchoa et al.'s X set it is only a lower bound and the
/// fleet is not limited (../shared/data/cvrplib/SOURCE.md).
/// </summary>
public static partial class CvrplibFleet
{
    /// <summary><paramref name="instance"/> with its fleet set by the convention of its set.</summary>
    public static CvrpInstance Apply(CvrpInstance instance)
    {
        if (instance.Name.StartsWith("X-", StringComparison.Ordinal))
        {
            return instance with { VehicleCount = null };
        }

        var match = VehiclesInName().Match(instance.Name);
        return match.Success ? instance with { VehicleCount = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) } : instance;
    }

    [GeneratedRegex(@"-k(\d+)$")]
    private static partial Regex VehiclesInName();
}
