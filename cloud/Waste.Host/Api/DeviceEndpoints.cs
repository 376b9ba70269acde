using Waste.Grains.Bins;
using Waste.Hub;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Host.Api;

/// <summary>HTTP API for devices and the hub.</summary>
public static class DeviceEndpoints
{
    /// <summary>Maps <c>/api/devices</c> and <c>/api/hub</c>.</summary>
    public static IEndpointRouteBuilder MapDeviceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/devices/{id}", GetDeviceAsync).WithName("GetDevice");
        app.MapGet("/api/hub/stats", (HubMetrics metrics) => Results.Ok(new { connected = metrics.Connected, totals = metrics.Totals() }))
            .WithName("GetHubStats");
        return app;
    }

    private static async Task<IResult> GetDeviceAsync(string id, IDeviceRegistry registry, IGrainFactory grains)
    {
        var device = registry.Find(id);
        if (device is null)
        {
            return Problems.NoSuchDevice(id);
        }

        if (device.Kind != DeviceKind.Bin)
        {
            return Results.Problem(statusCode: StatusCodes.Status501NotImplemented, title: "Toilet state is not served yet");
        }

        var snapshot = await grains.GetGrain<IBinGrain>(id).GetSnapshot();
        return Results.Ok(new DeviceView(device.Id, device.Kind, device.State, device.Ward, device.District, snapshot));
    }

    /// <summary>A device with its registry entry (never its key) and its live state.</summary>
    public sealed record DeviceView(string Id, DeviceKind Kind, DeviceState State, string? Ward, string? District, BinSnapshot Bin);
}
