using Waste.Firmware.Core.Time;

namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>A time server answering the scenario's true UTC time, when reachable.</summary>
public sealed class ScenarioSntp : ISntpClient
{
    private readonly ScenarioClock _clock;

    /// <summary>Creates the server on <paramref name="clock"/>.</summary>
    public ScenarioSntp(ScenarioClock clock) => _clock = clock;

    /// <summary>True while it answers.</summary>
    public bool Reachable { get; set; } = true;

    /// <inheritdoc />
    public bool TryGetUnixSeconds(out long unixSeconds)
    {
        unixSeconds = Reachable ? _clock.UtcSeconds : 0;
        return Reachable;
    }
}
