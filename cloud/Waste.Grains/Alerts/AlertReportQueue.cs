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
    /// ago). One that fails stays queued and does not hold up the others (a month of alerts can outgrow a document);
    /// returns the first failure, if any.</summary>
    public async Task<Exception?> WriteAsync(IReportStore reports, Func<string, Alert?> find)
    {
        Exception? firstFailure = null;
        foreach (var alertId in _alertIds.ToList())
        {
            if (find(alertId) is { } alert)
            {
                try
                {
                    await reports.WriteAlertAsync(alert, CancellationToken.None);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    firstFailure ??= e;
                    continue;
                }
            }

            _alertIds.Remove(alertId);
        }

        return firstFailure;
    }
}
