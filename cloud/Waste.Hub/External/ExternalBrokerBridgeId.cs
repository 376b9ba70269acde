namespace Waste.Hub.External;

/// <summary>What a bridge id may look like: it becomes part of an MQTT client id, a topic and a request id.</summary>
public static class ExternalBrokerBridgeId
{
    /// <summary>True for 1..64 ASCII letters, digits, '-', '.' or '_'.</summary>
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');
}
