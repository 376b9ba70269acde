using System;
using System.Device.Adc;
using System.Device.Gpio;
using System.Threading;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;
using Waste.Firmware.Core.Bins;
using Waste.Firmware.Core.Sensors;
using Waste.Firmware.Esp32.Board;
using Waste.Firmware.Esp32.Drivers;

namespace Waste.Firmware.Esp32.Applications;

/// <summary>
/// A bin node's life on the ESP32: every wake is a boot. Build the node from flash, run one wake, deep-sleep as long
/// as it says (or restart when the cloud asked). Whatever goes wrong, the device sleeps rather than looping awake
/// and draining the battery.
/// </summary>
public static class BinApplication
{
    /// <summary>Sleep after a failure that left no better plan, seconds.</summary>
    public const int FallbackSleepSeconds = 1800;

    /// <summary>Runs one wake and never returns.</summary>
    public static void Run(Provisioning provisioning)
    {
        long sleepSeconds = FallbackSleepSeconds;
        try
        {
            var node = Build(provisioning);
            sleepSeconds = node.Wake();

            // The figure the prototype must confirm (hardware-docs/README.md, memory): what a wake leaves free.
            Console.WriteLine("free managed heap after the wake: " + nanoFramework.Runtime.Native.GC.Run(true).ToString() + " bytes");
            if (node.RebootRequested)
            {
                Power.RebootDevice();
            }
        }
        catch (Exception e)
        {
            Console.WriteLine("bin wake failed: " + e.Message);
        }

        Sleep.EnableWakeupByTimer(TimeSpan.FromTicks(sleepSeconds * TimeSpan.TicksPerSecond));
        Sleep.StartDeepSleep();
    }

    private static BinNode Build(Provisioning provisioning)
    {
        var coldBoot = Sleep.GetWakeupCause() != Sleep.WakeupCause.Timer;
        var gpio = new GpioController();
        var adc = new AdcController();
        var hardware = new BinHardware(
            new UltrasonicModule(gpio, BinPins.UltrasonicTrigger, BinPins.UltrasonicEcho),
            BoardConfiguration.Ultrasonic,
            new NtcThermometer(new AdcPin(adc, BinPins.ThermistorChannel), BoardConfiguration.Thermistor),
            new GpioInput(gpio, BinPins.TiltSwitch, true),
            new AdcPin(adc, BinPins.BatteryChannel),
            BoardConfiguration.Battery,
            new SensorRail(gpio, BinPins.SensorPowerEnable));
        var platform = DevicePlatform.Create(provisioning, coldBoot, new AutoResetEvent(false));
        return new BinNode(HubConnection.Identity(provisioning), hardware, platform, BoardConfiguration.BinBufferCapacity);
    }
}
