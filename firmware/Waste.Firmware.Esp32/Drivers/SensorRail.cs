using System.Device.Gpio;
using System.Threading;
using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Esp32.Drivers;

/// <summary>The bin node's switched sensor supply: a P-MOSFET whose gate a GPIO pulls low to turn it on.</summary>
public sealed class SensorRail : ISensorPower
{
    // The JSN-SR04T needs some tens of milliseconds after power-on before its first ping is valid.
    private const int SettleMilliseconds = 60;

    private readonly GpioPin _gate;

    /// <summary>Opens the gate pin, supply off.</summary>
    public SensorRail(GpioController controller, int gatePin)
    {
        _gate = controller.OpenPin(gatePin, PinMode.Output);
        _gate.Write(PinValue.High);
    }

    /// <inheritdoc />
    public void On()
    {
        _gate.Write(PinValue.Low);
        Thread.Sleep(SettleMilliseconds);
    }

    /// <inheritdoc />
    public void Off() => _gate.Write(PinValue.High);
}
