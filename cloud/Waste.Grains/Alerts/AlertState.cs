namespace Waste.Grains.Alerts;

/// <summary>Where an alert is in its life.</summary>
public enum AlertState
{
    /// <summary>Raised, nobody has taken it yet.</summary>
    Open,

    /// <summary>Someone has taken it.</summary>
    Acknowledged,

    /// <summary>Dealt with: by a person, or by the system when the condition is one that ends by itself.</summary>
    Resolved,
}
