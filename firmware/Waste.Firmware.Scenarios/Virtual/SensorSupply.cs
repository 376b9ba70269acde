using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>The sensors' switched supply; counts how often it was switched on.</summary>
public sealed class SensorSupply : ISensorPower
{
    /// <summary>Times switched on.</summary>
    public int Switches { get; private set; }

    /// <summary>True while on.</summary>
    public bool IsOn { get; private set; }

    /// <inheritdoc />
    public void On()
    {
        Switches++;
        IsOn = true;
    }

    /// <inheritdoc />
    public void Off() => IsOn = false;
}
