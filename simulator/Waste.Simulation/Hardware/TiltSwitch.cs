using Waste.Firmware.Core.Sensors;
using Waste.Simulation.Faults;

namespace Waste.Simulation.Hardware;

/// <summary>A simulated bin's tilt switch: active while the bin lies knocked over (<see cref="FaultKind.Vandalism"/>).</summary>
public sealed class TiltSwitch(string binId, FaultSchedule faults, TimeProvider time) : IDigitalInput
{
    /// <inheritdoc />
    public bool IsActive() => faults.IsActive(FaultKind.Vandalism, binId, time.GetUtcNow());
}
