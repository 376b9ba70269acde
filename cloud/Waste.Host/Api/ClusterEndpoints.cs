using Waste.Grains.Bins;
using Waste.Grains.Devices;
using Waste.Grains.Toilets;
using Waste.Registry;
using Waste.Telemetry;
using Waste.Web.Access;

namespace Waste.Host.Api;

/// <summary>HTTP API for operators of a cluster: its silos as this silo's membership view has them, and where a
/// device's grains live.</summary>
public static class ClusterEndpoints
{
    /// <summary>Maps <c>/api/cluster</c>.</summary>
    public static IEndpointRouteBuilder MapClusterEndpoints(this IEndpointRouteBuilder app)
    {
        var cluster = app.MapGroup("/api/cluster").WithTags("Cluster").RequireAuthorization(AccessPolicies.Administer);
        cluster.MapGet("/", GetSilos).WithName("GetCluster").WithSummary("The silos of the cluster and their status, as the answering silo sees them");
        cluster.MapGet("/devices/{id}", GetDevicePlacementAsync).WithName("GetDevicePlacement")
            .WithSummary("Which silo holds a device's grain and its session grain (null: not active), and whether the device is connected");
        return app;
    }

    private static IResult GetSilos(IClusterMembershipService membership, ILocalSiloDetails self) =>
        Results.Ok(new ClusterView(
            self.SiloAddress.ToParsableString(),
            [.. membership.CurrentSnapshot.Members.Values
                .OrderBy(m => m.SiloAddress.ToParsableString(), StringComparer.Ordinal)
                .Select(m => new SiloView(m.SiloAddress.ToParsableString(), m.Name, m.Status.ToString()))]));

    private static async Task<IResult> GetDevicePlacementAsync(string id, IDeviceRegistry registry, IGrainFactory grains)
    {
        if (registry.Find(id) is not { } device)
        {
            return Problems.NoSuchDevice(id);
        }

        var management = grains.GetGrain<IManagementGrain>(0);
        IAddressable grain = device.Kind == DeviceKind.Toilet ? grains.GetGrain<IToiletGrain>(id) : grains.GetGrain<IBinGrain>(id);
        var session = grains.GetGrain<IDeviceSessionGrain>(id);
        // Where they live is read before asking the session anything: the question would activate it.
        var grainSilo = await management.GetActivationAddress(grain);
        var sessionSilo = await management.GetActivationAddress(session);
        return Results.Ok(new DevicePlacement(id, grainSilo?.ToParsableString(), sessionSilo?.ToParsableString(), await session.IsConnected()));
    }

    /// <summary>The answering silo and every silo its membership view holds.</summary>
    public sealed record ClusterView(string Self, IReadOnlyList<SiloView> Silos);

    /// <summary>One silo: its address (<c>ip:port@generation</c>), name and status (Active, Dead, ...).</summary>
    public sealed record SiloView(string Address, string Name, string Status);

    /// <summary>Where a device's grain and session grain are active (null when not active) and whether it is connected.</summary>
    public sealed record DevicePlacement(string DeviceId, string? GrainSilo, string? SessionSilo, bool Connected);
}
