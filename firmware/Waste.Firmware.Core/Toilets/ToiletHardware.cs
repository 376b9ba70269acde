using Waste.Firmware.Core.Odour;
using Waste.Firmware.Core.Power;
using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Core.Toilets;

/// <summary>A toilet node's sensors: door reed switch, PIR, leak probe, supplies switch, the two gas sensors with
/// their circuit and calibration, and optionally a backup battery on an ADC divider (the node runs on mains).</summary>
public sealed class ToiletHardware
{
    /// <summary>Creates the bundle; <paramref name="batteryPin"/> and <paramref name="batteryDivider"/> may be null
    /// for a node without a backup battery.</summary>
    public ToiletHardware(
        IDigitalInput doorShut, IDigitalInput motion, IDigitalInput leak, IDigitalInput suppliesLow,
        IAnalogInput ammoniaPin, IAnalogInput hydrogenSulphidePin, GasSensorCircuit gasCircuit,
        double ammoniaR0Ohms, double hydrogenSulphideR0Ohms, IAnalogInput? batteryPin, BatteryDivider? batteryDivider)
    {
        DoorShut = doorShut;
        Motion = motion;
        Leak = leak;
        SuppliesLow = suppliesLow;
        AmmoniaPin = ammoniaPin;
        HydrogenSulphidePin = hydrogenSulphidePin;
        GasCircuit = gasCircuit;
        AmmoniaR0Ohms = ammoniaR0Ohms;
        HydrogenSulphideR0Ohms = hydrogenSulphideR0Ohms;
        BatteryPin = batteryPin;
        BatteryDivider = batteryDivider;
    }

    /// <summary>Door reed switch: active when the door is shut.</summary>
    public IDigitalInput DoorShut { get; }

    /// <summary>PIR sensor: active on motion.</summary>
    public IDigitalInput Motion { get; }

    /// <summary>Leak probe on the floor: active when wet.</summary>
    public IDigitalInput Leak { get; }

    /// <summary>Supplies switch (paper or soap low): active when low.</summary>
    public IDigitalInput SuppliesLow { get; }

    /// <summary>The MQ-137 (NH3) sensor's ADC pin.</summary>
    public IAnalogInput AmmoniaPin { get; }

    /// <summary>The MQ-136 (H2S) sensor's ADC pin.</summary>
    public IAnalogInput HydrogenSulphidePin { get; }

    /// <summary>How both gas sensors are wired.</summary>
    public GasSensorCircuit GasCircuit { get; }

    /// <summary>The NH3 sensor's R0 from commissioning, ohms (a later recalibration, kept in flash, wins).</summary>
    public double AmmoniaR0Ohms { get; }

    /// <summary>The H2S sensor's R0 from commissioning, ohms.</summary>
    public double HydrogenSulphideR0Ohms { get; }

    /// <summary>The backup battery's ADC pin, or null.</summary>
    public IAnalogInput? BatteryPin { get; }

    /// <summary>The backup battery's divider, or null.</summary>
    public BatteryDivider? BatteryDivider { get; }
}
