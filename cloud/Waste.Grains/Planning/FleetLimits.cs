namespace Waste.Grains.Planning;

/// <summary>
/// How large a fleet and its text may be, and the check that a fleet read from JSON is whole: every list and id
/// present (JSON may say <c>null</c> where C# says never), no more than <see cref="MaxItems"/> of each thing, ids and
/// crew names short, names readable.
/// </summary>
public static class FleetLimits
{
    /// <summary>The most depots, disposal sites or trucks.</summary>
    public const int MaxItems = 1000;

    /// <summary>The longest id of a depot, disposal site or truck.</summary>
    public const int MaxIdLength = 64;

    /// <summary>The longest name of a depot or disposal site.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The most people on one truck's crew.</summary>
    public const int MaxCrew = 20;

    /// <summary>The longest crew user name (the accounts' own limit).</summary>
    public const int MaxCrewNameLength = 32;

    /// <summary>What is missing or too large in <paramref name="fleet"/>; empty when its shape is whole.</summary>
    public static List<string> Check(FleetConfiguration fleet)
    {
        var errors = new List<string>();
        if (fleet.Depots is null || fleet.DisposalSites is null || fleet.Vehicles is null)
        {
            errors.Add("depots, disposalSites and vehicles must be lists");
            return errors;
        }

        foreach (var (what, count) in new[] { ("depots", fleet.Depots.Count), ("disposal sites", fleet.DisposalSites.Count), ("trucks", fleet.Vehicles.Count) })
        {
            if (count > MaxItems)
            {
                errors.Add($"at most {MaxItems} {what}");
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        foreach (var depot in fleet.Depots)
        {
            CheckPlace(depot?.Id, depot?.Name, "depot", errors);
        }

        foreach (var site in fleet.DisposalSites)
        {
            CheckPlace(site?.Id, site?.Name, "disposal site", errors);
            if (site is { Streams: null })
            {
                errors.Add($"disposal site '{site.Id}' needs a list of streams");
            }
        }

        foreach (var vehicle in fleet.Vehicles)
        {
            CheckId(vehicle?.Id, "truck", errors);
            if (vehicle is null)
            {
                continue;
            }

            CheckId(vehicle.DepotId, $"truck '{vehicle.Id}''s depot", errors);
            if (vehicle.Streams is null || vehicle.Crew is null)
            {
                errors.Add($"truck '{vehicle.Id}' needs lists of streams and crew");
            }
            else if (vehicle.Crew.Count > MaxCrew || vehicle.Crew.Any(name => name is null or { Length: 0 or > MaxCrewNameLength }))
            {
                errors.Add($"truck '{vehicle.Id}': at most {MaxCrew} crew, each a user name of 1 to {MaxCrewNameLength} characters");
            }
        }

        return errors;
    }

    private static void CheckPlace(string? id, string? name, string what, List<string> errors)
    {
        CheckId(id, what, errors);
        if (name is null || name.Length > MaxNameLength)
        {
            errors.Add($"{what} '{Shown(id)}' needs a name of at most {MaxNameLength} characters");
        }
    }

    private static void CheckId(string? id, string what, List<string> errors)
    {
        if (id is not { Length: > 0 and <= MaxIdLength })
        {
            errors.Add($"every {what} needs an id of 1 to {MaxIdLength} characters ('{Shown(id)}' is not one)");
        }
    }

    // An error message quotes at most the start of what it refuses.
    private static string Shown(string? text) => text is null ? "null" : text.Length <= 40 ? text : text[..40] + "…";
}
