using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Tests.Fakes;

/// <summary>A digital input the test sets.</summary>
internal sealed class SettableInput : IDigitalInput
{
    public bool Active { get; set; }

    public bool IsActive() => Active;
}
