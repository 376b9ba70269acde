namespace Waste.Telemetry;

/// <summary>Why a message or a reading was refused. Each is counted in the ingest metrics under its own name.</summary>
public enum RejectionReason
{
    /// <summary>The payload is larger than <see cref="TelemetryLimits.MaxPayloadBytes"/>.</summary>
    Oversize,

    /// <summary>Not JSON, or not the JSON shape of a telemetry message.</summary>
    Malformed,

    /// <summary>A schema version this cloud does not read.</summary>
    UnsupportedSchemaVersion,

    /// <summary>The message names another device than its topic and connection.</summary>
    DeviceMismatch,

    /// <summary>Not an active registered device (possible only through an external broker).</summary>
    UnknownDevice,

    /// <summary>A device kind other than the one the registry holds.</summary>
    KindMismatch,

    /// <summary>Too many readings in one message.</summary>
    TooManyReadings,

    /// <summary>A value that is not a number, or outside what the sensor can report.</summary>
    ValueOutOfRange,

    /// <summary>A reading time too far in the future or the past.</summary>
    ClockSkew,

    /// <summary>A sequence number already stored.</summary>
    Duplicate,

    /// <summary>A sequence number older than the de-duplication window: it cannot be told apart from a duplicate.</summary>
    TooOld,

    /// <summary>A sequence number far ahead of the device's window that its next reading did not follow: an outlier,
    /// which would otherwise have made every later reading too old.</summary>
    SequenceJump,
}
