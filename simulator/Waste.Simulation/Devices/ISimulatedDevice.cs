namespace Waste.Simulation.Devices;

/// <summary>A device of the virtual city, run event by event: the run calls it when its next event is due.</summary>
public interface ISimulatedDevice
{
    /// <summary>When the device next has something to do: a wake its firmware asked for, or an input changing.</summary>
    DateTimeOffset NextEventAt { get; }

    /// <summary>Runs the device's events up to <paramref name="until"/>, each at its own time.</summary>
    void RunUntil(DateTimeOffset until);
}
