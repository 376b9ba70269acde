using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Commands;

/// <summary>What the hub exchange needs from a node: run a command, and say what to report.</summary>
public interface ICommandTarget
{
    /// <summary>Runs <paramref name="command"/> (<c>ping</c>, <c>reboot</c>, <c>recalibrate_odour</c>,
    /// <c>measure_now</c>) with its JSON payload, which may be null; never throws.</summary>
    CommandResult Execute(string command, JsonValue? payload);

    /// <summary>Writes the node's own reported properties (firmware, buffer, battery, calibration) into the open
    /// object.</summary>
    void WriteReportedProperties(JsonWriter writer);
}
