namespace Waste.Telemetry;

/// <summary>Either a parsed message or the reason it was refused, with a short detail for the log.</summary>
public sealed record TelemetryParseResult
{
    private TelemetryParseResult(TelemetryMessage? message, RejectionReason? reason, string detail)
    {
        Message = message;
        Reason = reason;
        Detail = detail;
    }

    /// <summary>The message, when it parsed.</summary>
    public TelemetryMessage? Message { get; }

    /// <summary>Why it was refused, when it was.</summary>
    public RejectionReason? Reason { get; }

    /// <summary>What exactly was wrong, for the log; never includes secrets.</summary>
    public string Detail { get; }

    /// <summary>A message that parsed.</summary>
    public static TelemetryParseResult Accepted(TelemetryMessage message) => new(message, null, "");

    /// <summary>A refused message.</summary>
    public static TelemetryParseResult Rejected(RejectionReason reason, string detail) => new(null, reason, detail);
}
