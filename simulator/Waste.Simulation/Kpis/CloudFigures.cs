namespace Waste.Simulation.Kpis;

/// <summary>What the cloud itself counted during a run: the hub's messages and readings, the emptyings it detected
/// from the readings, and the alerts its grains raised by kind. Beside the ground truth as a check, never instead.</summary>
public sealed record CloudFigures
{
    /// <summary>MQTT telemetry messages the hub took.</summary>
    public required long Messages { get; init; }

    /// <summary>Readings stored.</summary>
    public required long ReadingsStored { get; init; }

    /// <summary>Readings and messages refused, and connections refused, by reason (non-zero only).</summary>
    public required IReadOnlyDictionary<string, long> Refusals { get; init; }

    /// <summary>Emptyings the bins' grains detected in the counted days (wards' collections).</summary>
    public required int CollectionsDetected { get; init; }

    /// <summary>Alerts raised in the counted days, by kind.</summary>
    public required IReadOnlyDictionary<string, int> Alerts { get; init; }
}
