using Waste.Firmware.Core.Odour;
using Waste.Firmware.Core.Power;
using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Esp32.Board;

/// <summary>
/// How this firmware image is built for a board: its role and the parts fitted to it. Pins live in
/// <see cref="BinPins"/> and <see cref="ToiletPins"/>; what differs per device (Wi-Fi, hub, id, key) is in the
/// provisioning file, never here.
/// </summary>
public static class BoardConfiguration
{
    /// <summary>The role this image runs; build one image per role.</summary>
    public static readonly NodeRole Role = NodeRole.Bin;

    /// <summary>The ultrasonic sensor fitted to bins.</summary>
    public static readonly UltrasonicRange Ultrasonic = UltrasonicRange.JsnSr04t;

    /// <summary>Battery divider: 1 MΩ over 1 MΩ halves 4.2 V to 2.1 V, inside the ADC's 11 dB range.</summary>
    public static readonly BatteryDivider Battery = new BatteryDivider(1000000, 1000000);

    /// <summary>Enclosure thermistor: 10 kΩ β 3950 under 10 kΩ, fed from the switched 3.3 V sensor rail.</summary>
    public static readonly NtcThermistor Thermistor = NtcThermistor.Standard10k;

    /// <summary>Gas sensor modules: 5 V heater and circuit, RL 10 kΩ, output halved for the ADC.</summary>
    public static readonly GasSensorCircuit GasCircuit = GasSensorCircuit.Module5V;

    /// <summary>ADC full scale at 11 dB attenuation, V: counts are turned into volts against it.</summary>
    public const double AdcFullScaleVolts = 3.1;

    /// <summary>Offline buffer of a bin node, readings: a week at 30-minute sampling.</summary>
    public const int BinBufferCapacity = 336;

    /// <summary>Offline buffer of a toilet node, readings: a day at one-minute sampling.</summary>
    public const int ToiletBufferCapacity = 1440;

    /// <summary>Where the provisioning file and the stores live: nanoFramework's internal flash file system.</summary>
    public const string StorageRoot = "I:\\";

    /// <summary>Longest wait for Wi-Fi association and DHCP, milliseconds.</summary>
    public const int WifiTimeoutMilliseconds = 15000;
}
