namespace Waste.Grains.Alerts;

/// <summary>
/// Alerts changed since the board last wrote them to the report store, by id. The board queues an alert in the save
/// that records its change, then writes it; what could not be written waits for the next attempt, and a crash in
/// between writes it again, which the store takes as once.
/// </summary>
[GenerateSerializer]
public sealed class AlertReportQueue
{
    [Id(0)] private List<string> _alertIds = [];

    /// <summary>Alerts waiting.</summary>
    public int Count => _alertIds.Count;

    /// <summary>Queues an alert that changed.</summary>
    public void Add(string alertId)
    {
        if (!_alertIds.Contains(alertId))
        {
            _alertIds.Add(alertId);
        }
    }

    /// <summary>Writes each queued alert as <paramref name="find"/> has it now (one no longer kept there was written long
    /// ago), in order, stopping at the first failure; returns that failure, if any.</summary>
    public async Task<Exception?> WriteAsync(IReportStore reports, Func<string, Alert?> find)
    {
        while (_alertIds.Count > 0)
        {
            if (find(_alertIds[0]) is { } alert)
            {
                try
                {
                    await reports.WriteAlertAsync(alert, CancellationToken.None);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return e;
                }
            }

            _alertIds.RemoveAt(0);
        }

        return null;
    }
}
