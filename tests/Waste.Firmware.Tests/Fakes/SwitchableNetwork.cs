using Waste.Firmware.Core.Network;

namespace Waste.Firmware.Tests.Fakes;

/// <summary>Wi-Fi that the test switches on and off; counts associations (each costs energy on a bin).</summary>
internal sealed class SwitchableNetwork : INetwork
{
    public bool Up { get; set; } = true;

    public int Joins { get; private set; }

    public bool Join()
    {
        Joins++;
        return Up;
    }

    public void Leave()
    {
    }
}
