using Waste.Firmware.Core.Network;

namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>Wi-Fi that the scenario switches on and off; counts associations.</summary>
public sealed class ScenarioNetwork : INetwork
{
    /// <summary>True while an access point answers.</summary>
    public bool Up { get; set; } = true;

    /// <summary>Associations tried.</summary>
    public int Joins { get; private set; }

    /// <inheritdoc />
    public bool Join()
    {
        Joins++;
        return Up;
    }

    /// <inheritdoc />
    public void Leave()
    {
    }
}
