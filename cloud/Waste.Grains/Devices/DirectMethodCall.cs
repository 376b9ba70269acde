namespace Waste.Grains.Devices;

/// <summary>A direct method to invoke on a connected device and how long to wait for its answer.</summary>
[GenerateSerializer, Immutable]
public sealed record DirectMethodCall(
    [property: Id(0)] string MethodName,
    [property: Id(1)] string PayloadJson,
    [property: Id(2)] TimeSpan Timeout);

/// <summary>A device's answer to a direct method: IoT Hub's status and JSON payload, or why there was none.</summary>
[GenerateSerializer, Immutable]
public sealed record DirectMethodResult
{
    /// <summary>The device's status (200, 400, 404, 500 ...), or the hub's when the device did not answer: 404 device
    /// not connected, 504 timed out.</summary>
    [Id(0)] public required int Status { get; init; }

    /// <summary>The device's JSON answer, or a JSON error from the hub.</summary>
    [Id(1)] public required string PayloadJson { get; init; }

    /// <summary>The device is not connected.</summary>
    public static DirectMethodResult NotConnected(string deviceId) =>
        new() { Status = 404, PayloadJson = $$"""{"error":"device {{deviceId}} is not connected"}""" };

    /// <summary>The device did not answer in time.</summary>
    public static DirectMethodResult TimedOut(TimeSpan timeout) =>
        new() { Status = 504, PayloadJson = $$"""{"error":"no answer within {{timeout.TotalSeconds:0.#}} s"}""" };
}
