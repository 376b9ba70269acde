namespace Waste.Simulation.Faults;

/// <summary>What can go wrong in the virtual city.</summary>
public enum FaultKind
{
    /// <summary>The ultrasonic sensor returns the same echo time whatever the waste does (a frozen reading).</summary>
    StuckSensor,

    /// <summary>The lid is left open: the sensor, on the lid, sees something just above the rim.</summary>
    LidOpen,

    /// <summary>The battery drains fast (a faulty cell or a radio stuck on).</summary>
    BatteryDrain,

    /// <summary>A ward's network is down: its devices cannot join.</summary>
    NetworkOutage,

    /// <summary>Vandalism: the bin is knocked over (tilt switch active) and cannot be collected until righted.</summary>
    Vandalism,
}
