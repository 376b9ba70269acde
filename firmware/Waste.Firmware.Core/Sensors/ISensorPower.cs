namespace Waste.Firmware.Core.Sensors;

/// <summary>The switched supply of a bin node's sensors (a P-MOSFET on a GPIO): off in deep sleep, so the
/// ultrasonic module and the thermistor divider draw nothing while the node sleeps.</summary>
public interface ISensorPower
{
    /// <summary>Powers the sensors and waits until they are ready to measure.</summary>
    void On();

    /// <summary>Cuts their supply.</summary>
    void Off();
}
