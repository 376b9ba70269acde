namespace Waste.Firmware.Core.Telemetry;

/// <summary>Names of cloud-to-device commands and direct methods, and of their answers (docs/device-protocol.md).</summary>
public static class CommandSchema
{
    /// <summary>Cloud-to-device message member naming the command.</summary>
    public const string Command = "cmd";

    /// <summary>Does nothing: proves the device is reachable.</summary>
    public const string Ping = "ping";

    /// <summary>Restarts after answering.</summary>
    public const string Reboot = "reboot";

    /// <summary>Takes the current gas readings as clean air.</summary>
    public const string RecalibrateOdour = "recalibrate_odour";

    /// <summary>Takes and sends a reading at once.</summary>
    public const string MeasureNow = "measure_now";

    /// <summary>Answer member: seconds since power-on.</summary>
    public const string UptimeSeconds = "uptime_s";

    /// <summary>Answer member: a sequence number (the next one for ping, the reading's for measure_now).</summary>
    public const string Sequence = "seq";

    /// <summary>Answer member of a refused request: why.</summary>
    public const string Error = "error";

    /// <summary>Method status: done.</summary>
    public const int StatusDone = 200;

    /// <summary>Method status: bad request.</summary>
    public const int StatusBadRequest = 400;

    /// <summary>Method status: unknown method.</summary>
    public const int StatusUnknownMethod = 404;

    /// <summary>Method status: failed.</summary>
    public const int StatusFailed = 500;
}
