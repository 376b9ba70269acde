using System.Runtime.CompilerServices;
using Waste.Grains.Devices;
using Waste.Hub;
using Waste.Hub.External;

namespace Waste.Host.Devices;

/// <summary>
/// Attaches each hub on this silo to the session grains of the devices connected to it, through one observer reference
/// per hub, and names the route durably (<see cref="DeviceRoute"/>) so a grain that moves keeps reaching its device.
/// It is also the silo's <see cref="ISharedBrokerLinks"/>: its bridge's link, for grains that moved here.
/// </summary>
public sealed partial class GrainDevicePresence(IGrainFactory grains, ILocalSiloDetails silo, IServiceProvider services, ILogger<GrainDevicePresence> logger)
    : IDevicePresence, ISharedBrokerLinks
{
    // While a silo is being declared dead, calls to the grains it held fail; Orleans declares it within seconds (see
    // Cluster:Membership), so presence news waits rather than being lost.
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RetryFor = TimeSpan.FromSeconds(60);

    // The observer objects must stay alive as long as their hub: Orleans holds them only weakly.
    private readonly ConditionalWeakTable<IDeviceChannel, LinkReference> _links = [];

    /// <inheritdoc />
    public Task ConnectedAsync(string deviceId, IDeviceChannel channel) =>
        RetriedAsync(deviceId, session => session.Attach(LinkOf(channel), RouteOf(channel)));

    /// <inheritdoc />
    public Task ListeningAsync(string deviceId, IDeviceChannel channel) =>
        RetriedAsync(deviceId, session => session.Listening());

    /// <inheritdoc />
    public Task DisconnectedAsync(string deviceId, IDeviceChannel channel) =>
        RetriedAsync(deviceId, session => session.Detach(LinkOf(channel), RouteOf(channel)));

    /// <inheritdoc />
    public IDeviceLink? For(string group) =>
        services.GetService<ExternalBrokerBridge>() is { } bridge && bridge.SharedBroker == group ? LinkOf(bridge) : null;

    private DeviceRoute RouteOf(IDeviceChannel channel) => channel.SharedBroker is { } group
        ? DeviceRoute.ThroughSharedBroker(group)
        : DeviceRoute.ThroughHub(LinkOf(channel).GetGrainId(), silo.SiloAddress);

    private IDeviceLink LinkOf(IDeviceChannel channel) =>
        _links.GetValue(channel, c =>
        {
            var link = new HubDeviceLink(c);
            return new LinkReference(link, grains.CreateObjectReference<IDeviceLink>(link));
        }).Reference;

    private async Task RetriedAsync(string deviceId, Func<IDeviceSessionGrain, Task> call)
    {
        var session = grains.GetGrain<IDeviceSessionGrain>(deviceId);
        var deadline = DateTime.UtcNow + RetryFor;
        while (true)
        {
            try
            {
                await call(session);
                return;
            }
            catch (Exception e) when (e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException && DateTime.UtcNow < deadline)
            {
                LogRetrying(deviceId, e.GetType().Name);
                await Task.Delay(RetryPause);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Presence of {DeviceId} not recorded yet ({Error}): its session grain's silo is unreachable; trying again")]
    private partial void LogRetrying(string deviceId, string error);

    private sealed record LinkReference(HubDeviceLink Link, IDeviceLink Reference);
}
