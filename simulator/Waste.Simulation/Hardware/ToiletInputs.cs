using Waste.Firmware.Core.Sensors;
using Waste.Simulation.Models;

namespace Waste.Simulation.Hardware;

/// <summary>A toilet's door reed switch and PIR: shut and seeing motion while a visit of the
/// <see cref="ToiletVisitModel"/> is going on.</summary>
public sealed class VisitInput(ToiletVisitModel visits, TimeProvider time) : IDigitalInput
{
    /// <inheritdoc />
    public bool IsActive() => visits.VisitAt(time.GetUtcNow()) is not null;
}

/// <summary>An input that stays inactive: a leak probe on a dry floor, a supplies switch with paper in the holder.</summary>
public sealed class QuietInput : IDigitalInput
{
    /// <inheritdoc />
    public bool IsActive() => false;
}
