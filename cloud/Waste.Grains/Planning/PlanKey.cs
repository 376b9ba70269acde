using System.Globalization;

namespace Waste.Grains.Planning;

/// <summary>A plan grain's key: depot and local day, <c>{depot}/{yyyy-MM-dd}</c>.</summary>
public static class PlanKey
{
    /// <summary>The key of <paramref name="depotId"/>'s plan for <paramref name="day"/>.</summary>
    public static string For(string depotId, DateOnly day) => $"{depotId}/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The depot and day of a key.</summary>
    public static (string DepotId, DateOnly Day) Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        return (key[..slash], DateOnly.ParseExact(key[(slash + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
