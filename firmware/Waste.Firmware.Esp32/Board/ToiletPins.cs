namespace Waste.Firmware.Esp32.Board;

/// <summary>The toilet node's wiring on an ESP32-WROVER-E board (PSRAM holds the 1,440-reading offline buffer;
/// see hardware-docs/wiring-toilet-node.md). ADC channels are nanoFramework's ESP32 numbering of ADC1.</summary>
public static class ToiletPins
{
    /// <summary>Door reed switch to ground, internal pull-up: low when the door is shut (magnet near).</summary>
    public const int DoorReed = 32;

    /// <summary>PIR module output (AM312 / HC-SR501): high on motion.</summary>
    public const int Motion = 33;

    /// <summary>Leak probe comparator output: high when the floor is wet.</summary>
    public const int Leak = 25;

    /// <summary>Supplies switch (paper roll arm, soap float) to ground, internal pull-up: low when low.</summary>
    public const int SuppliesLow = 26;

    /// <summary>ADC1 channel 6 (GPIO34): MQ-137 (NH3) output through its halving divider.</summary>
    public const int AmmoniaChannel = 6;

    /// <summary>ADC1 channel 7 (GPIO35): MQ-136 (H2S) output through its halving divider.</summary>
    public const int HydrogenSulphideChannel = 7;
}
