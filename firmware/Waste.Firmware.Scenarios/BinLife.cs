namespace Waste.Firmware.Scenarios;

/// <summary>A bin node's life, step by step: every path of the firmware a bin takes in the field, on virtual
/// hardware and a virtual hub.</summary>
public static class BinLife
{
    /// <summary>Runs it, writing what happens to <paramref name="output"/>.</summary>
    public static void Run(IScenarioOutput output)
    {
        var bin = new BinRig(output, "bin-0001", 24);

        output.Line("== bin: cold boot, first upload, twin and reported properties");
        bin.FillTo(20);
        bin.Wake();

        output.Line("== bin: sampling and batching up to the heartbeat");
        for (var i = 1; i <= 12; i++)
        {
            bin.FillTo(20 + i * 0.4);
            bin.Wake();
        }

        output.Line("== bin: a fill step is sent at once");
        bin.FillTo(35);
        bin.Wake();

        output.Line("== bin: network outage, back-off, replay");
        bin.Network.Up = false;
        bin.FillTo(47);
        bin.Wakes(10);
        bin.Network.Up = true;
        bin.WakeUntilUpload(20);

        output.Line("== bin: the offline buffer fills and drops its oldest readings");
        bin.Hub.Reachable = false;
        bin.Wakes(30);
        bin.Hub.Reachable = true;
        bin.FillTo(60);
        bin.WakeUntilUpload(20);

        output.Line("== bin: desired properties set while it slept, applied at its next upload");
        bin.Hub.SetDesired(BinRig.CommissionedDesired + ",\"sample_period_s\":900,\"heartbeat_h\":2,\"fill_step_pct\":15");
        bin.FillTo(72);
        bin.Wake();
        bin.Wakes(2);

        output.Line("== bin: a desired value out of range is refused whole");
        bin.Hub.SetDesired(BinRig.CommissionedDesired + ",\"sample_period_s\":5,\"heartbeat_h\":1");
        bin.FillTo(90);
        bin.Wake();
        bin.Wake();

        output.Line("== bin: a live patch during the listen window");
        bin.Hub.PatchDesired(BinRig.CommissionedDesired + ",\"sample_period_s\":1200", "\"sample_period_s\":1200");
        bin.FillTo(5);
        bin.Wake();
        bin.Wake();

        output.Line("== bin: cloud-to-device commands, good and bad");
        bin.Hub.SendCommand("{\"cmd\":\"measure_now\"}");
        bin.Hub.SendCommand("{\"cmd\":12}");
        bin.Hub.SendCommand("not json at all");
        bin.Hub.SendCommand("{\"cmd\":\"ping\"}");
        bin.FillTo(25);
        bin.Wake();

        output.Line("== bin: direct methods waiting for its next connection");
        bin.Hub.CallMethod("ping", "m1", "");
        bin.Hub.CallMethod("recalibrate_odour", "m2", "{}");
        bin.Hub.CallMethod("self_destruct", "m3", "{}");
        bin.Hub.CallMethod("measure_now", "m4", "{\"unclosed\":");
        bin.Hub.CallMethod("reboot", "m5", "{}");
        bin.FillTo(45);
        bin.Wake();

        output.Line("== bin: fire: air heating fast is sampled every minute and raises the alarm");
        bin.Air.Celsius = 34;
        bin.Wake();
        for (var i = 0; i < 4; i++)
        {
            bin.Air.Celsius += 6;
            bin.Wake();
        }

        bin.Air.Celsius = 80;
        bin.Wakes(2);
        bin.Air.Celsius = 30;
        bin.Wakes(3);

        output.Line("== bin: knocked over: tilt confirmed a minute later, then righted");
        bin.Tilt.Active = true;
        bin.Wakes(2);
        bin.Tilt.Active = false;
        bin.Wakes(2);

        output.Line("== bin: low battery after three samples under the limit");
        bin.Battery.Volts = 1.62;
        bin.Wakes(4);
        bin.Battery.Volts = 1.95;
        bin.Wakes(2);

        output.Line("== bin: sensor faults: no echo, then a hung sensor");
        bin.Echo.Silent = true;
        bin.Wakes(2);
        bin.Echo.Silent = false;
        bin.Echo.StuckAtMicroseconds = 5000;
        bin.Wakes(13);
        bin.Echo.StuckAtMicroseconds = 0;
        bin.Wakes(1);

        output.Line("== bin: a garbled wake state is a cold boot");
        bin.Retained.Garble();
        bin.Wake();

        output.Line("== bin: a power cut with the time server away: readings on uptime until it answers");
        bin.Clock.PowerCycle();
        bin.Sntp.Reachable = false;
        bin.FillTo(70);
        bin.Wakes(3);
        bin.Sntp.Reachable = true;
        bin.FillTo(85);
        bin.WakeUntilUpload(10);
    }
}
