using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>A digital input the scenario sets: tilt switch, door reed, PIR, leak probe, supplies switch.</summary>
public sealed class Switch : IDigitalInput
{
    /// <summary>True when the condition is present.</summary>
    public bool Active { get; set; }

    /// <inheritdoc />
    public bool IsActive() => Active;
}
