namespace Waste.Grains.Planning;

/// <summary>The city's fleet configuration (key <see cref="CityKey"/>).</summary>
public interface IFleetGrain : IGrainWithStringKey
{
    /// <summary>The key of the city's fleet.</summary>
    public const string CityKey = "city";

    /// <summary>The fleet.</summary>
    Task<FleetConfiguration> Get();

    /// <summary>Replaces the fleet after checking it; the errors, or none when it was saved.</summary>
    Task<IReadOnlyList<string>> Replace(FleetConfiguration fleet);

    /// <summary>Marks a truck available or out of service; false when there is no such truck.</summary>
    Task<bool> SetAvailable(string vehicleId, bool available);
}
