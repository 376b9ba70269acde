namespace Waste.Firmware.Scenarios;

/// <summary>
/// Each node at its largest in memory: the offline buffer full of the longest readings (every value measured, every
/// alarm that can go with them), then the whole buffer uploaded in the largest messages the firmware builds. Their
/// lines let a heap bisection on nanoCLR (scripts/nanoclr-heap.sh) tell how much managed heap each needs: the bin's
/// runs first, with a line once its virtual hardware and hub stand (<see cref="BinReady"/>) and one at its end
/// (<see cref="BinDone"/>); the toilet's second (<see cref="ToiletDone"/>).
/// </summary>
public static class WorstCase
{
    /// <summary>The line written when the bin's virtual hardware and hub stand, before its node is built.</summary>
    public const string BinReady = "== bin worst case: hardware and hub ready";

    /// <summary>The line written when the bin's worst case is over.</summary>
    public const string BinDone = "== bin worst case: done";

    /// <summary>The line written when the toilet's worst case is over.</summary>
    public const string ToiletDone = "== toilet worst case: done";

    /// <summary>The offline buffer of a bin on the ESP32 (BoardConfiguration.BinBufferCapacity).</summary>
    public const int BinBufferCapacity = 336;

    /// <summary>The offline buffer of a toilet on the ESP32 (BoardConfiguration.ToiletBufferCapacity).</summary>
    public const int ToiletBufferCapacity = 1440;

    /// <summary>The bin's worst case.</summary>
    public static void Bin(IScenarioOutput output)
    {
        output.Line("== bin worst case: " + BinBufferCapacity.ToString() + " readings with three alarms each, then one upload");
        var bin = new BinRig(output, "bin-worst-case-0001", BinBufferCapacity);
        bin.Hub.SetDesired(BinRig.CommissionedDesired + ",\"batch_max\":1440,\"heartbeat_h\":48");
        bin.Hub.WritesPayloads = false;
        bin.Hub.Reachable = false;
        bin.FillTo(88.8);
        bin.Air.Celsius = 77.7;
        bin.Tilt.Active = true;
        bin.Battery.Volts = 1.61;
        output.Line(BinReady);
        bin.Wake();
        bin.MeasureRepeatedly(BinBufferCapacity, 1800);

        // Past the longest back-off (the 48-hour heartbeat), the next wake uploads the whole buffer.
        bin.Hub.Reachable = true;
        bin.Clock.AdvanceSeconds(48 * 3600);
        bin.Wake();
        output.Line(BinDone);
    }

    /// <summary>The toilet's worst case.</summary>
    public static void Toilet(IScenarioOutput output)
    {
        output.Line("== toilet worst case: " + ToiletBufferCapacity.ToString() + " readings with four alarms each, then the upload");
        var toilet = new ToiletRig(output, "wc-worst-case-0001", ToiletBufferCapacity);
        toilet.Hub.SetDesired("\"batch_max\":1440,\"heartbeat_h\":48");
        toilet.Hub.WritesPayloads = false;
        toilet.Hub.Reachable = false;
        toilet.Ammonia.Volts = ToiletRig.FoulAmmoniaVolts;
        toilet.Leak.Active = true;
        toilet.Supplies.Active = true;
        toilet.Door.Active = true;
        toilet.Motion.Active = true;
        while (toilet.Node.Services.Buffer.DroppedTotal == 0)
        {
            toilet.Run(60000);
        }

        toilet.Hub.Reachable = true;
        toilet.Run(600000);
        output.Line(ToiletDone);
    }
}
