using Waste.Firmware.Core.Sensors;

namespace Waste.Simulation.Hardware;

/// <summary>The sensors' switched supply: nothing to switch in a simulation; counts how often it was switched on.</summary>
public sealed class SwitchedSupply : ISensorPower
{
    /// <summary>Times the supply was switched on (one per sample).</summary>
    public long SwitchedOn { get; private set; }

    /// <inheritdoc />
    public void On() => SwitchedOn++;

    /// <inheritdoc />
    public void Off()
    {
    }
}
