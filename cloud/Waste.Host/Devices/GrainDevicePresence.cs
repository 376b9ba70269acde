using System.Runtime.CompilerServices;
using Waste.Grains.Devices;
using Waste.Hub;

namespace Waste.Host.Devices;

/// <summary>Attaches each hub on this silo to the session grains of the devices connected to it, through one
/// observer reference per hub.</summary>
public sealed class GrainDevicePresence(IGrainFactory grains) : IDevicePresence
{
    // The observer objects must stay alive as long as their hub: Orleans holds them only weakly.
    private readonly ConditionalWeakTable<IDeviceChannel, LinkReference> _links = [];

    /// <inheritdoc />
    public Task ConnectedAsync(string deviceId, IDeviceChannel channel) =>
        grains.GetGrain<IDeviceSessionGrain>(deviceId).Attach(LinkOf(channel));

    /// <inheritdoc />
    public Task ListeningAsync(string deviceId, IDeviceChannel channel) =>
        grains.GetGrain<IDeviceSessionGrain>(deviceId).Listening();

    /// <inheritdoc />
    public Task DisconnectedAsync(string deviceId, IDeviceChannel channel) =>
        grains.GetGrain<IDeviceSessionGrain>(deviceId).Detach(LinkOf(channel));

    private IDeviceLink LinkOf(IDeviceChannel channel) =>
        _links.GetValue(channel, c =>
        {
            var link = new HubDeviceLink(c);
            return new LinkReference(link, grains.CreateObjectReference<IDeviceLink>(link));
        }).Reference;

    private sealed record LinkReference(HubDeviceLink Link, IDeviceLink Reference);
}
