using System.Text.Json;
using System.Text.Json.Nodes;
using Waste.Grains.Devices;
using Waste.Registry;
using Waste.Web.Access;

namespace Waste.Host.Api;

/// <summary>HTTP API for a device's twin, its cloud-to-device messages and its direct methods.</summary>
public static class TwinEndpoints
{
    /// <summary>The longest a direct method may wait for its device (IoT Hub's default timeout).</summary>
    public static readonly TimeSpan MaxMethodTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The largest cloud-to-device message body, bytes (IoT Hub's limit).</summary>
    public const int MaxMessageBytes = 64 * 1024;

    /// <summary>The largest direct method payload, bytes (IoT Hub's limit).</summary>
    public const int MaxMethodPayloadBytes = 128 * 1024;

    /// <summary>How long a cloud-to-device message waits for an offline device by default (IoT Hub's default).</summary>
    public static readonly TimeSpan DefaultMessageLifetime = TimeSpan.FromHours(1);

    /// <summary>Maps the endpoints under <c>/api/devices/{id}</c>.</summary>
    public static IEndpointRouteBuilder MapTwinEndpoints(this IEndpointRouteBuilder app)
    {
        var device = app.MapGroup("/api/devices/{id}").WithTags("Twin, messages and methods").RequireAuthorization(AccessPolicies.Administer);
        device.MapGet("/twin", GetTwinAsync).WithName("GetTwin").WithSummary("The device's twin: desired and reported properties with their versions");
        device.MapPatch("/twin/desired", PatchDesiredAsync).WithName("PatchDesired")
            .WithSummary("Merge a patch into the desired properties (the device's configuration); pushed to the device if connected");
        device.MapPost("/messages", SendMessageAsync).WithName("SendCloudToDevice")
            .WithSummary("Send a cloud-to-device message (JSON body), queued up to 50 while the device is offline");
        device.MapGet("/messages", PendingMessagesAsync).WithName("PendingCloudToDevice").WithSummary("Messages waiting for the device");
        device.MapPost("/methods/{method}", InvokeMethodAsync).WithName("InvokeMethod")
            .WithSummary("Invoke a direct method on the connected device and return its answer");
        return app;
    }

    private static async Task<IResult> GetTwinAsync(string id, IDeviceRegistry registry, IGrainFactory grains)
    {
        if (registry.Find(id) is null)
        {
            return Problems.NoSuchDevice(id);
        }

        var twin = await grains.GetGrain<IDeviceTwinGrain>(id).Get();
        return Results.Json(new JsonObject
        {
            ["deviceId"] = id,
            ["desired"] = JsonNode.Parse(TwinJson.WithVersion(twin.Desired, twin.DesiredVersion)),
            ["reported"] = JsonNode.Parse(TwinJson.WithVersion(twin.Reported, twin.ReportedVersion)),
            ["desiredUpdatedAt"] = twin.DesiredUpdatedAt,
            ["reportedUpdatedAt"] = twin.ReportedUpdatedAt,
        });
    }

    private static async Task<IResult> PatchDesiredAsync(string id, JsonElement patch, IDeviceRegistry registry, IGrainFactory grains)
    {
        if (registry.Find(id) is null)
        {
            return Problems.NoSuchDevice(id);
        }

        var result = await grains.GetGrain<IDeviceTwinGrain>(id).PatchDesired(patch.GetRawText());
        return result.Applied
            ? Results.Ok(new { version = result.Version })
            : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Patch refused", detail: result.Error);
    }

    private static async Task<IResult> SendMessageAsync(
        string id, JsonElement body, IDeviceRegistry registry, IGrainFactory grains,
        [FromKeyedServices(Waste.Telemetry.EventTime.ServiceKey)] TimeProvider time, int? ttlSeconds = null)
    {
        if (registry.Find(id) is null)
        {
            return Problems.NoSuchDevice(id);
        }

        var text = body.GetRawText();
        if (System.Text.Encoding.UTF8.GetByteCount(text) > MaxMessageBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"A cloud-to-device message is at most {MaxMessageBytes} bytes (IoT Hub's limit)");
        }

        var lifetime = ttlSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultMessageLifetime;
        if (lifetime <= TimeSpan.Zero || lifetime > TimeSpan.FromDays(2))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "ttlSeconds must be 1 to 172800 (two days, IoT Hub's maximum)");
        }

        var now = time.GetUtcNow();
        var message = new CloudToDeviceMessage
        {
            MessageId = Guid.NewGuid().ToString("N"),
            Body = text,
            EnqueuedAt = now,
            ExpiresAt = now + lifetime,
        };
        var status = await grains.GetGrain<IDeviceSessionGrain>(id).Send(message);
        return status == DeliveryStatus.QueueFull
            ? Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "The device's message queue is full")
            : Results.Accepted(value: new { messageId = message.MessageId, status = status.ToString() });
    }

    private static async Task<IResult> PendingMessagesAsync(string id, IDeviceRegistry registry, IGrainFactory grains) =>
        registry.Find(id) is null
            ? Problems.NoSuchDevice(id)
            : Results.Ok(await grains.GetGrain<IDeviceSessionGrain>(id).Pending());

    private static async Task<IResult> InvokeMethodAsync(
        string id, string method, JsonElement payload, IDeviceRegistry registry, IGrainFactory grains, int? timeoutSeconds = null)
    {
        if (registry.Find(id) is null)
        {
            return Problems.NoSuchDevice(id);
        }

        var timeout = TimeSpan.FromSeconds(timeoutSeconds ?? 10);
        if (timeout <= TimeSpan.Zero || timeout > MaxMethodTimeout || method.Length is 0 or > 64 || !method.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "A method name of letters, digits, '_' or '-', and a timeout of 1 to 30 s");
        }

        var json = payload.GetRawText();
        if (System.Text.Encoding.UTF8.GetByteCount(json) > MaxMethodPayloadBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"A method's payload is at most {MaxMethodPayloadBytes} bytes (IoT Hub's limit)");
        }

        var result = await grains.GetGrain<IDeviceSessionGrain>(id).Invoke(new DirectMethodCall(method, json, timeout));
        return Results.Json(new { status = result.Status, payload = ParseOrString(result.PayloadJson) }, statusCode: result.Status is 404 or 504 ? result.Status : 200);
    }

    private static JsonNode? ParseOrString(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
