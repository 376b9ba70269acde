namespace Waste.Grains.Planning;

/// <summary>
/// A depot's usual routes (key: the depot id): the latest morning plan its trucks were given. The next morning's search
/// starts from it, so a depot's routes improve from day to day instead of being searched for again from random tours.
/// </summary>
public interface IDepotRoutesGrain : IGrainWithStringKey
{
    /// <summary>Keeps <paramref name="planJson"/> (a routing plan, System.Text.Json) as the routes of <paramref name="day"/>
    /// unless a later day's are already kept.</summary>
    Task Remember(DateOnly day, string planJson);

    /// <summary>The latest routes kept for <paramref name="day"/> or a day before it (a plan made again for the same
    /// day starts from the first), or null.</summary>
    Task<string?> Recall(DateOnly day);
}
