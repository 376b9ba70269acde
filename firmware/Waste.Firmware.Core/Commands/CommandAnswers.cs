using Waste.Firmware.Core.Telemetry;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Commands;

/// <summary>The answers every node gives the same way.</summary>
public static class CommandAnswers
{
    /// <summary>200 with <c>{}</c>.</summary>
    public static CommandResult Done() => new(CommandSchema.StatusDone, "{}");

    /// <summary>An error status with <c>{"error":why}</c>.</summary>
    public static CommandResult Refused(int status, string why) =>
        new(status, new JsonWriter(64).BeginObject().Name(CommandSchema.Error).String(why).EndObject().ToString());

    /// <summary>404: the command is not one the protocol knows.</summary>
    public static CommandResult Unknown(string command) =>
        Refused(CommandSchema.StatusUnknownMethod, "unknown command: " + command);

    /// <summary>The answer to ping: uptime and the next sequence number.</summary>
    public static CommandResult Ping(long uptimeSeconds, long nextSequence) =>
        new(CommandSchema.StatusDone, new JsonWriter(64).BeginObject()
            .Name(CommandSchema.UptimeSeconds).Number(uptimeSeconds)
            .Name(CommandSchema.Sequence).Number(nextSequence)
            .EndObject().ToString());

    /// <summary>The answer to measure_now: the new reading's sequence number.</summary>
    public static CommandResult Measured(long sequence) =>
        new(CommandSchema.StatusDone, new JsonWriter(32).BeginObject().Name(CommandSchema.Sequence).Number(sequence).EndObject().ToString());
}
