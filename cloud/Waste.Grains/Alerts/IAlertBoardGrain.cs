namespace Waste.Grains.Alerts;

/// <summary>
/// Every alert of the city: raised by device grains, acknowledged and resolved by people, pushed live to subscribers,
/// listed with filters, with the time each took to handle. One per city (key <see cref="CityKey"/>): alerts are a
/// few hundred a day, not a reading's worth of traffic.
/// </summary>
public interface IAlertBoardGrain : IGrainWithStringKey
{
    /// <summary>The key of the city's board.</summary>
    public const string CityKey = "city";

    /// <summary>Raises an alert unless the device already has an unresolved one of that kind; returns the new one.</summary>
    Task<Alert?> Raise(AlertCondition condition);

    /// <summary>A citizen's report of the condition: it joins the device's unresolved alert of that kind (one a sensor
    /// raised, or an earlier report) or raises one, and counts the report on it. A report never acknowledges, resolves
    /// or otherwise changes an alert's state.</summary>
    Task<Alert> Report(AlertCondition condition);

    /// <summary>The device no longer shows the condition: recorded on its unresolved alert, which the system resolves
    /// itself for conditions that end by themselves (offline, overflow, lid open, low battery, no visits).</summary>
    Task ConditionCleared(string deviceId, AlertKind kind, DateTimeOffset at);

    /// <summary>A person takes the alert.</summary>
    Task<AlertUpdate> Acknowledge(string alertId, string by, string? note);

    /// <summary>A person closes the alert.</summary>
    Task<AlertUpdate> Resolve(string alertId, string by, string? note);

    /// <summary>Alerts matching the filter, newest first.</summary>
    Task<IReadOnlyList<Alert>> List(AlertFilter filter);

    /// <summary>How fast the matching alerts were handled.</summary>
    Task<AlertStatistics> Statistics(AlertFilter filter);

    /// <summary>Subscribes to live changes; subscriptions expire unless renewed within <see cref="AlertBoardGrain.SubscriptionLifetime"/>.</summary>
    Task Subscribe(IAlertObserver observer);

    /// <summary>Ends a subscription.</summary>
    Task Unsubscribe(IAlertObserver observer);
}
