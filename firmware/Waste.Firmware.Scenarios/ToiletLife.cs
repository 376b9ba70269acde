namespace Waste.Firmware.Scenarios;

/// <summary>A toilet node's life, step by step: visits, odour, alarms, the hub connection kept up, commands.</summary>
public static class ToiletLife
{
    private const long Second = 1000;
    private const long Minute = 60 * Second;

    /// <summary>Runs it, writing what happens to <paramref name="output"/>.</summary>
    public static void Run(IScenarioOutput output)
    {
        var toilet = new ToiletRig(output, "wc-0001", 1440);

        output.Line("== toilet: power on, connect, twin; the gas sensors warm up");
        toilet.Ammonia.Volts = ToiletRig.FoulAmmoniaVolts;
        toilet.Run(4 * Minute);
        toilet.Ammonia.Volts = ToiletRig.CleanAmmoniaVolts;
        toilet.Run(3 * Minute);

        output.Line("== toilet: a visit: door shut, motion, door opens");
        toilet.Door.Active = true;
        toilet.Run(Second);
        toilet.Motion.Active = true;
        toilet.Run(2 * Minute);
        toilet.Motion.Active = false;
        toilet.Door.Active = false;
        toilet.Run(Second);

        output.Line("== toilet: a bouncing door reed is no visit");
        for (var i = 0; i < 5; i++)
        {
            toilet.Door.Active = !toilet.Door.Active;
            toilet.Run(50);
        }

        toilet.Door.Active = false;
        toilet.Run(Minute);

        output.Line("== toilet: odour over the threshold in three of five samples raises the alarm, then clears");
        toilet.Ammonia.Volts = ToiletRig.FoulAmmoniaVolts;
        toilet.Run(4 * Minute);
        toilet.Ammonia.Volts = ToiletRig.CleanAmmoniaVolts;
        toilet.Run(6 * Minute);

        output.Line("== toilet: occupied past the limit");
        toilet.Door.Active = true;
        toilet.Motion.Active = true;
        toilet.Run(Second);
        toilet.Motion.Active = false;
        toilet.Run(31 * Minute);
        toilet.Door.Active = false;
        toilet.Run(Minute);

        output.Line("== toilet: a splash is no leak; a leak lasting five seconds is");
        toilet.Leak.Active = true;
        toilet.Run(2 * Second);
        toilet.Leak.Active = false;
        toilet.Run(10 * Second);
        toilet.Leak.Active = true;
        toilet.Run(10 * Second);
        toilet.Leak.Active = false;
        toilet.Run(10 * Second);

        output.Line("== toilet: supplies low");
        toilet.Supplies.Active = true;
        toilet.Run(Minute);
        toilet.Supplies.Active = false;
        toilet.Run(Minute);

        output.Line("== toilet: a live desired patch, good then out of range");
        toilet.Hub.PatchDesired("\"sample_period_s\":120,\"odour_k\":2", "\"sample_period_s\":120,\"odour_k\":2");
        toilet.Run(Second);
        toilet.Hub.PatchDesired("\"sample_period_s\":120,\"odour_k\":2,\"odour_n\":1", "\"odour_n\":1");
        toilet.Run(Second);

        output.Line("== toilet: direct methods");
        toilet.Hub.CallMethod("ping", "t1", "");
        toilet.Hub.CallMethod("recalibrate_odour", "t2", "{}");
        toilet.Hub.CallMethod("measure_now", "t3", "{}");
        toilet.Hub.CallMethod("open_door", "t4", "{}");
        toilet.Run(Second);

        output.Line("== toilet: the hub drops the connection; reconnect with back-off");
        toilet.Hub.Drop();
        toilet.Hub.Reachable = false;
        toilet.Run(3 * Minute);
        toilet.Hub.Reachable = true;
        toilet.Run(3 * Minute);

        output.Line("== toilet: the token is renewed before its hour runs out");
        toilet.Run(60 * Minute);
    }
}
