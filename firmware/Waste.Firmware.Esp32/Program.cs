using System;
using System.Threading;
using Waste.Firmware.Esp32.Applications;
using Waste.Firmware.Esp32.Board;

namespace Waste.Firmware.Esp32;

/// <summary>The firmware's entry point: read who this device is, then run as the role the image was built for.</summary>
public static class Program
{
    /// <summary>Starts the node.</summary>
    public static void Main()
    {
        var provisioning = Provisioning.Load(BoardConfiguration.StorageRoot, out var error);
        if (provisioning == null)
        {
            // Nothing to connect as: say why on the debug console and wait for the installer.
            Console.WriteLine(error);
            Thread.Sleep(Timeout.Infinite);
            return;
        }

        if (BoardConfiguration.Role == NodeRole.Bin)
        {
            BinApplication.Run(provisioning);
        }
        else
        {
            ToiletApplication.Run(provisioning);
        }
    }
}
