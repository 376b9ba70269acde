namespace Waste.Firmware.PowerBudget;

/// <summary>What a bin node does in a day, on average: the counts the budget multiplies by each phase's charge.</summary>
/// <param name="WakesPerDay">Wakes from deep sleep, one per sample.</param>
/// <param name="UploadsPerDay">Connections to the hub.</param>
/// <param name="TimeSyncsPerDay">SNTP exchanges (at most one a day, and only on a day with an upload).</param>
public sealed record WakeCounts(double WakesPerDay, double UploadsPerDay, double TimeSyncsPerDay)
{
    private const double SecondsPerDay = 86400;

    /// <summary>
    /// The counts of a node that keeps <paramref name="configuration"/>: one wake per sampling period, and the report
    /// policy's uploads (heartbeat or full batch, whichever comes first) plus early sends on fill steps and
    /// <paramref name="collectionsPerDay"/> emptyings, for a bin filling <paramref name="fillPercentPerDay"/>. Early
    /// sends are added although one may stand in for a heartbeat: the estimate errs high.
    /// </summary>
    public static WakeCounts Of(Core.Config.DeviceConfiguration configuration, double fillPercentPerDay, double collectionsPerDay)
    {
        var wakes = SecondsPerDay / configuration.SamplePeriodSeconds;
        var uploads = Math.Min(wakes, PolicyUploadsPerDay(configuration) + fillPercentPerDay / configuration.Report.FillStepPercent + collectionsPerDay);
        return new WakeCounts(wakes, uploads, Math.Min(1, uploads));
    }

    /// <summary>The report policy's own uploads a day: one per heartbeat or per full batch, whichever comes first.</summary>
    public static double PolicyUploadsPerDay(Core.Config.DeviceConfiguration configuration)
    {
        var policy = configuration.Report;
        return SecondsPerDay / Math.Min(policy.HeartbeatSeconds, (double)policy.BatchMax * configuration.SamplePeriodSeconds);
    }
}
