namespace Waste.Grains.Alerts;

/// <summary>What the alert board persists at each change: the unresolved alerts and those resolved since its last move to
/// the <see cref="ResolvedAlertsState"/>.</summary>
[GenerateSerializer]
public sealed class AlertBoardState
{
    /// <summary>Alerts, oldest first: the unresolved ones and those resolved within the last <see cref="AlertBoardGrain.ArchiveDelay"/>.</summary>
    [Id(0)] public List<Alert> Alerts { get; set; } = [];

    /// <summary>The number the next alert's id takes.</summary>
    [Id(1)] public long NextNumber { get; set; } = 1;

    /// <summary>Alerts changed but not yet written to the report store.</summary>
    [Id(2)] public AlertReportQueue Unreported { get; set; } = new();
}
