namespace Waste.Firmware.Esp32.Board;

/// <summary>
/// The bin node's wiring on an ESP32-WROOM-32E board (see hardware-docs/wiring-bin-node.md). ADC channels are
/// nanoFramework's ESP32 numbering of ADC1 (ADC2 cannot be used while Wi-Fi is on).
/// </summary>
public static class BinPins
{
    /// <summary>JSN-SR04T TRIG.</summary>
    public const int UltrasonicTrigger = 25;

    /// <summary>JSN-SR04T ECHO, through a 1 kΩ / 2 kΩ divider (the module drives 5 V).</summary>
    public const int UltrasonicEcho = 26;

    /// <summary>Gate of the P-MOSFET that switches the sensors' supply; low turns it on.</summary>
    public const int SensorPowerEnable = 27;

    /// <summary>Tilt switch to ground, internal pull-up: low when the bin lies on its side.</summary>
    public const int TiltSwitch = 33;

    /// <summary>ADC1 channel 0 (GPIO36): NTC thermistor divider.</summary>
    public const int ThermistorChannel = 0;

    /// <summary>ADC1 channel 3 (GPIO39): battery divider.</summary>
    public const int BatteryChannel = 3;
}
