namespace Waste.Routing.Planning;

/// <summary>
/// What the crews reported so far in a day: for each truck, the stops it reached (emptied or skipped), in order. When
/// a re-plan has it, the reports are the truth, not the clock: a crew running late still has its unreported stops to
/// do, and a truck stands at the last stop its crew reported.
/// </summary>
/// <param name="Reached">Stop ids reached, by truck id, in the order reached.</param>
public sealed record CrewProgress(IReadOnlyDictionary<string, IReadOnlyList<string>> Reached)
{
    /// <summary>Every stop any truck reached.</summary>
    public IEnumerable<string> AllReached => Reached.Values.SelectMany(stops => stops);

    /// <summary>The stops <paramref name="vehicleId"/> reached (none when its crew reported nothing).</summary>
    public IReadOnlyList<string> ReachedBy(string vehicleId) => Reached.GetValueOrDefault(vehicleId) ?? [];
}
