using Waste.Grains.Bins;
using Waste.Grains.Toilets;
using Waste.Hub;
using Waste.Registry;
using Waste.Telemetry;
using Waste.Web.Access;

namespace Waste.Host.Api;

/// <summary>HTTP API for devices: the registry's view (never keys) and each device's live state and history.</summary>
public static class DeviceEndpoints
{
    /// <summary>Maps <c>/api/devices</c> and <c>/api/hub</c>.</summary>
    public static IEndpointRouteBuilder MapDeviceEndpoints(this IEndpointRouteBuilder app)
    {
        var devices = app.MapGroup("/api/devices").WithTags("Devices").RequireAuthorization(AccessPolicies.SeeFleet);
        devices.MapGet("/", ListDevices).WithName("ListDevices").WithSummary("Registered devices, filtered by kind, district and ward");
        devices.MapGet("/{id}", GetDeviceAsync).WithName("GetDevice").WithSummary("A device: where it stands and its live state");
        devices.MapGet("/{id}/readings", GetReadingsAsync).WithName("GetReadings")
            .WithSummary("A bin's fill (every 15 minutes for the last week, hourly before it, 30 days kept), or a toilet's visits by hour and day");
        devices.MapPost("/{id}/sequence/reset", ResetSequenceAsync).RequireAuthorization(AccessPolicies.Administer).WithName("ResetSequence")
            .WithSummary("Restart the device's sequence window: its next reading is taken whatever its number (a device whose numbers went back after a wipe or replacement)");
        app.MapGet("/api/hub/stats", (HubMetrics metrics) => Results.Ok(new { connected = metrics.Connected, totals = metrics.Totals() }))
            .WithTags("Devices").WithName("GetHubStats").WithSummary("The hub's running counts: messages, readings stored, every refusal by reason")
            .RequireAuthorization(AccessPolicies.SeeFleet);
        return app;
    }

    private static IResult ListDevices(IDeviceRegistry registry, DeviceKind? kind = null, string? district = null, string? ward = null) =>
        Results.Ok(registry.All()
            .Where(d => kind is null || d.Kind == kind)
            .Where(d => district is null || string.Equals(d.District, district, StringComparison.OrdinalIgnoreCase))
            .Where(d => ward is null || string.Equals(d.Ward, ward, StringComparison.OrdinalIgnoreCase))
            .Select(DeviceEntry.Of));

    private static async Task<IResult> GetDeviceAsync(string id, IDeviceRegistry registry, IGrainFactory grains)
    {
        if (registry.Find(id) is not { } device)
        {
            return Problems.NoSuchDevice(id);
        }

        return device.Kind == DeviceKind.Bin
            ? Results.Ok(new BinView(DeviceEntry.Of(device), await grains.GetGrain<IBinGrain>(id).GetSnapshot()))
            : Results.Ok(new ToiletView(DeviceEntry.Of(device), ToiletState.Of(await grains.GetGrain<IToiletGrain>(id).GetSnapshot())));
    }

    private static async Task<IResult> GetReadingsAsync(
        string id, IDeviceRegistry registry, IGrainFactory grains,
        [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        if (registry.Find(id) is not { } device)
        {
            return Problems.NoSuchDevice(id);
        }

        if (device.Kind == DeviceKind.Toilet)
        {
            var toilet = await grains.GetGrain<IToiletGrain>(id).GetSnapshot();
            return Results.Ok(ToiletState.Of(toilet));
        }

        var until = to ?? time.GetUtcNow();
        var history = await grains.GetGrain<IBinGrain>(id).GetHistory(from ?? until.AddDays(-7), until);
        return Results.Ok(history.Select(point => new FillPoint(point.Time, point.FillPercent)));
    }

    // Through the registry, as the devices tool does it: the grain restarts its window at the device's next message.
    private static async Task<IResult> ResetSequenceAsync(string id, IDeviceRegistry registry, CancellationToken cancellationToken)
    {
        if (registry.Find(id) is not { } device)
        {
            return Problems.NoSuchDevice(id);
        }

        var reset = device with { SequenceResets = device.SequenceResets + 1 };
        await registry.SaveAsync([reset], cancellationToken);
        return Results.Ok(new { deviceId = id, sequenceResets = reset.SequenceResets });
    }

    /// <summary>A device as the registry knows it, without its keys.</summary>
    public sealed record DeviceEntry(
        string Id, DeviceKind Kind, DeviceState State, double? Latitude, double? Longitude, string? Ward, string? District,
        WasteStream? Stream, double? CapacityLitres)
    {
        /// <summary>The entry of <paramref name="device"/>.</summary>
        public static DeviceEntry Of(RegisteredDevice device) => new(
            device.Id, device.Kind, device.State, device.Latitude, device.Longitude, device.Ward, device.District, device.Stream, device.CapacityLitres);
    }

    /// <summary>A bin: its registry entry and live state.</summary>
    public sealed record BinView(DeviceEntry Device, BinSnapshot Bin);

    /// <summary>A toilet: its registry entry and live state.</summary>
    public sealed record ToiletView(DeviceEntry Device, ToiletState Toilet);

    /// <summary>A recorded fill.</summary>
    public sealed record FillPoint(DateTimeOffset Time, double FillPercent);

    /// <summary>Visits in one hour or on one day.</summary>
    public sealed record VisitCount(string Period, int Visits);

    /// <summary>A toilet's live state, shaped for JSON.</summary>
    public sealed record ToiletState(
        Waste.Telemetry.DeviceReading? Latest, long ReadingsStored, long ReadingsRejected, DateTimeOffset? LastMessageAt,
        DateTimeOffset? OccupiedSince, DateTimeOffset? LastVisitAt, IReadOnlyList<VisitCount> VisitsByHour,
        IReadOnlyList<VisitCount> VisitsByDay, IReadOnlyList<Waste.Grains.Alerts.AlertKind> Conditions, Waste.Grains.Devices.SequenceStatus Sequence)
    {
        /// <summary>The JSON shape of <paramref name="snapshot"/>.</summary>
        public static ToiletState Of(ToiletSnapshot snapshot) => new(
            snapshot.Latest, snapshot.ReadingsStored, snapshot.ReadingsRejected, snapshot.LastMessageAt, snapshot.OccupiedSince,
            snapshot.LastVisitAt,
            [.. snapshot.VisitsByHour.Select(h => new VisitCount(h.Hour.ToString("O", System.Globalization.CultureInfo.InvariantCulture), h.Visits))],
            [.. snapshot.VisitsByDay.Select(d => new VisitCount(d.Day.ToString("O", System.Globalization.CultureInfo.InvariantCulture), d.Visits))],
            snapshot.Conditions, snapshot.Sequence);
    }
}
