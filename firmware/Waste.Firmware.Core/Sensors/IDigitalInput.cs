namespace Waste.Firmware.Core.Sensors;

/// <summary>A digital input (tilt switch, PIR, door reed, leak probe, supplies switch), already read in the sense
/// "condition present": the board configuration, not the logic, knows whether a pin is active-low.</summary>
public interface IDigitalInput
{
    /// <summary>True when the condition is present now.</summary>
    bool IsActive();
}
