using Waste.Grains.Alerts;

namespace Waste.Reports.Wards;

/// <summary>The alerts raised in a ward in one local month, each as it last was, oldest first: a report store
/// document. An alert stays in the month it was raised in, whenever it is resolved.</summary>
public sealed class MonthAlerts
{
    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public string Month { get; set; } = "";

    /// <summary>The alerts, by time raised.</summary>
    public List<Alert> Alerts { get; set; } = [];

    /// <summary><paramref name="stored"/> (or an empty month) with <paramref name="alert"/> in it, unless it holds
    /// that alert further on in its life already (acknowledged, cleared, resolved, more notes): a late or repeated
    /// write never undoes a step.</summary>
    public static MonthAlerts With(MonthAlerts? stored, string month, Alert alert)
    {
        var alerts = new List<Alert>(stored?.Alerts ?? []);
        var index = alerts.FindIndex(a => a.Id == alert.Id);
        if (index < 0)
        {
            alerts.Add(alert);
        }
        else if (Progress(alert).CompareTo(Progress(alerts[index])) >= 0)
        {
            alerts[index] = alert;
        }

        return new MonthAlerts { Month = month, Alerts = [.. alerts.OrderBy(a => a.RaisedAt).ThenBy(a => a.Id, StringComparer.Ordinal)] };
    }

    private static (bool Resolved, bool Acknowledged, bool Cleared, int Notes) Progress(Alert alert) =>
        (alert.ResolvedAt is not null, alert.AcknowledgedAt is not null, alert.ConditionClearedAt is not null, alert.Notes.Length);
}
