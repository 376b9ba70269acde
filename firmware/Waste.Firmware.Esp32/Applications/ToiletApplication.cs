using System;
using System.Device.Adc;
using System.Device.Gpio;
using System.Threading;
using nanoFramework.Runtime.Native;
using Waste.Firmware.Core.Toilets;
using Waste.Firmware.Esp32.Board;
using Waste.Firmware.Esp32.Drivers;

namespace Waste.Firmware.Esp32.Applications;

/// <summary>
/// A toilet node's life on the ESP32: always on. The loop ticks the node whenever an input pin changes or a message
/// arrives, and at the latest when the node asked; a watchdog restarts the device if the loop ever stops turning.
/// </summary>
public static class ToiletApplication
{
    /// <summary>The longest the loop waits without a tick, milliseconds, so the watchdog is fed even when idle.</summary>
    public const int LongestWaitMilliseconds = 60000;

    /// <summary>Runs the node forever.</summary>
    public static void Run(Provisioning provisioning)
    {
        var wake = new AutoResetEvent(false);
        var gpio = new GpioController();
        var adc = new AdcController();
        var door = new GpioInput(gpio, ToiletPins.DoorReed, true);
        var motion = new GpioInput(gpio, ToiletPins.Motion, false);
        var leak = new GpioInput(gpio, ToiletPins.Leak, false);
        var supplies = new GpioInput(gpio, ToiletPins.SuppliesLow, true);
        WakeOnChange(door, wake);
        WakeOnChange(motion, wake);
        WakeOnChange(leak, wake);
        WakeOnChange(supplies, wake);

        var hardware = new ToiletHardware(
            door, motion, leak, supplies,
            new AdcPin(adc, ToiletPins.AmmoniaChannel), new AdcPin(adc, ToiletPins.HydrogenSulphideChannel),
            BoardConfiguration.GasCircuit, ToiletCalibration.AmmoniaR0Ohms, ToiletCalibration.HydrogenSulphideR0Ohms,
            null, null);
        var platform = DevicePlatform.Create(provisioning, true, wake);
        var node = new ToiletNode(
            HubConnection.Identity(provisioning), hardware, platform, DeviceStores.Calibration(),
            BoardConfiguration.ToiletBufferCapacity);

        var watchdog = new LoopWatchdog();
        while (true)
        {
            long wait;
            try
            {
                wait = node.Tick();
            }
            catch (Exception e)
            {
                // The core refuses bad input without throwing; this is a driver failing. Try again shortly.
                Console.WriteLine("toilet tick failed: " + e.Message);
                wait = 1000;
            }

            watchdog.Kick();
            if (node.RebootRequested)
            {
                Power.RebootDevice();
            }

            wake.WaitOne((int)(wait < LongestWaitMilliseconds ? wait : LongestWaitMilliseconds), false);
        }
    }

    private static void WakeOnChange(GpioInput input, AutoResetEvent wake) =>
        input.Pin.ValueChanged += (sender, e) => wake.Set();
}
