namespace Waste.Grains.Planning;

/// <summary>
/// A depot's usual routes (key: the depot id): the latest morning plan its trucks were given. The next morning's search
/// starts from it, so a depot's routes improve from day to day instead of being searched for again from random tours.
/// It also keeps what the collection policy carries from one morning to the next (a tuned schedule's weekly patterns).
/// </summary>
public interface IDepotRoutesGrain : IGrainWithStringKey
{
    /// <summary>Keeps <paramref name="planJson"/> (a routing plan, System.Text.Json) as the routes of <paramref name="day"/>,
    /// and <paramref name="policyMemory"/> as what the policy keeps, unless a later day's are already kept.</summary>
    Task Remember(DateOnly day, string planJson, string? policyMemory);

    /// <summary>The latest routes kept for <paramref name="day"/> or a day before it (a plan made again for the same
    /// day starts from the first), or null.</summary>
    Task<string?> Recall(DateOnly day);

    /// <summary>What the policy kept with the routes <see cref="Recall"/> gives, or null.</summary>
    Task<string?> RecallPolicyMemory(DateOnly day);
}
