using Orleans.Concurrency;

namespace Waste.Grains.Alerts;

/// <summary>Told of every alert raised or changed, as it happens (the maintenance board's live feed).</summary>
public interface IAlertObserver : IGrainObserver
{
    /// <summary>An alert was raised, acknowledged, resolved or annotated.</summary>
    [OneWay]
    Task OnAlertChanged(Alert alert);
}
