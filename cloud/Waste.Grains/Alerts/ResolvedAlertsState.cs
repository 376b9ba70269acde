namespace Waste.Grains.Alerts;

/// <summary>What the alert board persists apart of its resolved alerts: a month or more of them, written a minute at a
/// time rather than at each change of an open alert (see <see cref="AlertBoardGrain.ArchiveDelay"/>).</summary>
[GenerateSerializer]
public sealed class ResolvedAlertsState
{
    /// <summary>Resolved alerts, oldest resolution first.</summary>
    [Id(0)] public List<Alert> Alerts { get; set; } = [];
}
