namespace Waste.Firmware.Core.Reporting;

/// <summary>When a node sends (twin: <c>heartbeat_h</c>, <c>batch_max</c>, <c>fill_step_pct</c>): at least every
/// heartbeat, as soon as a batch is full, early on a fill change of a step, and at once on any alarm.</summary>
public sealed class ReportPolicy
{
    /// <summary>Creates a policy; values outside the protocol's ranges are refused.</summary>
    public ReportPolicy(double heartbeatHours, int batchMax, double fillStepPercent)
    {
        if (!(heartbeatHours >= 1 && heartbeatHours <= 48))
        {
            throw new System.ArgumentOutOfRangeException(nameof(heartbeatHours));
        }

        if (batchMax < 1 || batchMax > 1440)
        {
            throw new System.ArgumentOutOfRangeException(nameof(batchMax));
        }

        if (!(fillStepPercent >= 1 && fillStepPercent <= 100))
        {
            throw new System.ArgumentOutOfRangeException(nameof(fillStepPercent));
        }

        HeartbeatHours = heartbeatHours;
        BatchMax = batchMax;
        FillStepPercent = fillStepPercent;
    }

    /// <summary>Longest time between two messages, hours.</summary>
    public double HeartbeatHours { get; }

    /// <summary>Most readings in one message; a full batch is sent at once.</summary>
    public int BatchMax { get; }

    /// <summary>Fill change since the last sent fill that is sent at once, percentage points.</summary>
    public double FillStepPercent { get; }

    /// <summary>Heartbeat in seconds.</summary>
    public long HeartbeatSeconds => (long)(HeartbeatHours * 3600);

    /// <summary>True when a node holding <paramref name="waiting"/> readings, whose last message went
    /// <paramref name="secondsSinceSent"/> ago, should send now. <paramref name="urgent"/> is an alarm that was raised
    /// or cleared, or a fill step.</summary>
    public bool ShouldSend(int waiting, long secondsSinceSent, bool urgent)
    {
        if (waiting == 0)
        {
            return false;
        }

        return urgent || waiting >= BatchMax || secondsSinceSent >= HeartbeatSeconds;
    }
}
