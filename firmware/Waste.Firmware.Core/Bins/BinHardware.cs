using Waste.Firmware.Core.Power;
using Waste.Firmware.Core.Ranging;
using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Core.Bins;

/// <summary>A bin node's sensors and how they are fitted: the ultrasonic sensor and its range, the enclosure
/// thermometer, the tilt switch, the battery's ADC pin behind its divider, and the sensors' switched supply.</summary>
public sealed class BinHardware
{
    /// <summary>Pings per measurement: the median of five ignores two stray echoes.</summary>
    public const int DefaultPingsPerBurst = 5;

    /// <summary>Creates the bundle.</summary>
    public BinHardware(
        IUltrasonicSensor ultrasonic, UltrasonicRange range, ITemperatureSensor temperature, IDigitalInput tilt,
        IAnalogInput batteryPin, BatteryDivider batteryDivider, ISensorPower sensorPower)
    {
        Ultrasonic = ultrasonic;
        Range = range;
        Temperature = temperature;
        Tilt = tilt;
        BatteryPin = batteryPin;
        BatteryDivider = batteryDivider;
        SensorPower = sensorPower;
    }

    /// <summary>The ultrasonic sensor under the lid.</summary>
    public IUltrasonicSensor Ultrasonic { get; }

    /// <summary>What it can measure.</summary>
    public UltrasonicRange Range { get; }

    /// <summary>The enclosure's thermometer.</summary>
    public ITemperatureSensor Temperature { get; }

    /// <summary>The tilt switch: active when the bin lies on its side.</summary>
    public IDigitalInput Tilt { get; }

    /// <summary>The ADC pin of the battery divider.</summary>
    public IAnalogInput BatteryPin { get; }

    /// <summary>The battery divider.</summary>
    public BatteryDivider BatteryDivider { get; }

    /// <summary>The sensors' switched supply, on only while a sample is taken.</summary>
    public ISensorPower SensorPower { get; }
}
