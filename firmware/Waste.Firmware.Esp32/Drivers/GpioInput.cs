using System.Device.Gpio;
using Waste.Firmware.Core.Sensors;

namespace Waste.Firmware.Esp32.Drivers;

/// <summary>A digital input on a GPIO pin; the wiring says which level means "condition present", the logic never
/// has to.</summary>
public sealed class GpioInput : IDigitalInput
{
    private readonly GpioPin _pin;
    private readonly bool _activeLow;

    /// <summary>Opens <paramref name="pinNumber"/> as an input; <paramref name="activeLow"/> pins get the internal
    /// pull-up (a switch to ground).</summary>
    public GpioInput(GpioController controller, int pinNumber, bool activeLow)
    {
        _pin = controller.OpenPin(pinNumber, activeLow ? PinMode.InputPullUp : PinMode.Input);
        _activeLow = activeLow;
    }

    /// <summary>The pin, to be told when it changes.</summary>
    public GpioPin Pin => _pin;

    /// <inheritdoc />
    public bool IsActive() => (_pin.Read() == PinValue.High) != _activeLow;
}
