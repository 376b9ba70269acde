using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Tests.Fakes;

/// <summary>The sensors' switched supply; counts how often it was switched on and whether it is on.</summary>
internal sealed class CountingSensorPower : ISensorPower
{
    public int Switches { get; private set; }

    public bool IsOn { get; private set; }

    public void On()
    {
        Switches++;
        IsOn = true;
    }

    public void Off() => IsOn = false;
}
