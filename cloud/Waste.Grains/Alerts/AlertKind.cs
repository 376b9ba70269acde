namespace Waste.Grains.Alerts;

/// <summary>What is wrong with a device. A device has at most one open alert of each kind.</summary>
public enum AlertKind
{
    /// <summary>A bin is full to the rim.</summary>
    BinOverflow,

    /// <summary>A bin is too hot, or heating too fast: possible fire.</summary>
    BinFire,

    /// <summary>A bin was knocked over.</summary>
    BinTilt,

    /// <summary>A bin's lid is open, or something blocks its sensor.</summary>
    BinLidOpen,

    /// <summary>A sensor reports a fault or behaves impossibly (stuck value, repeated spikes).</summary>
    SensorFault,

    /// <summary>The battery is low.</summary>
    LowBattery,

    /// <summary>No message for longer than the device's heartbeat allows.</summary>
    Offline,

    /// <summary>Ammonia or hydrogen sulphide over its threshold in k of the last n readings.</summary>
    ToiletOdour,

    /// <summary>Occupied longer than the limit: someone may need help.</summary>
    ToiletStuckOccupied,

    /// <summary>No visits for abnormally long in opening hours: locked, out of order, or a broken sensor.</summary>
    ToiletNoVisits,

    /// <summary>Water on the floor.</summary>
    ToiletLeak,

    /// <summary>Paper or soap running out.</summary>
    ToiletSuppliesLow,

    /// <summary>A citizen reported the device damaged (no sensor says so).</summary>
    ReportedDamage,

    /// <summary>A citizen reported the toilet or the bin dirty (a bin that smells is dirty too).</summary>
    ReportedDirt,

    /// <summary>A citizen reported another problem, in their own words.</summary>
    ReportedProblem,
}
