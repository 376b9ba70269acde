using Microsoft.Extensions.DependencyInjection;
using Orleans.Placement;
using Waste.Telemetry;

namespace Waste.Grains.Devices;

/// <summary>Keeps a device's presence and its cloud-to-device queue (at most <see cref="MaxQueued"/> messages, each
/// dropped at its expiry). Presence is persisted as a <see cref="DeviceRoute"/>: an activation on another silo, after
/// this one's silo died or the grain was deactivated, reaches the still-connected device again. It is placed on the
/// silo that first calls it, usually the one whose hub holds the device's connection, so presence news and
/// cloud-to-device calls stay on that silo.</summary>
[PreferLocalPlacement]
public sealed class DeviceSessionGrain(
    [PersistentState("session", StorageNames.Devices)] IPersistentState<DeviceSessionState> state,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
    IClusterMembershipService membership) : Grain, IDeviceSessionGrain
{
    /// <summary>Azure IoT Hub's per-device queue limit.</summary>
    public const int MaxQueued = 50;

    // How often messages for a listening device that could not be sent are tried again: a shared broker's bridge
    // that could not publish (reconnecting) leaves the device connected and subscribed, so no new subscription would
    // ever send them.
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(2);

    // The link of the hub that attached last, known only to the activation it attached to.
    private IDeviceLink? _attached;
    private IGrainTimer? _retry;

    private string DeviceId => this.GetPrimaryKeyString();

    private DevicePresence? Presence => state.State.Presence;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // An embedded hub's connections die with its silo: a presence through a silo no longer in the cluster is stale.
        if (Presence?.Route.HubSilo is { } silo && !IsInCluster(silo))
        {
            state.State.Presence = null;
            await state.WriteStateAsync(cancellationToken);
        }

        RetryQueuedWhileListening();
    }

    /// <inheritdoc />
    public async Task Attach(IDeviceLink link, DeviceRoute route)
    {
        _attached = link;
        await SetPresenceAsync(new DevicePresence { Route = route, Listening = false });
    }

    /// <inheritdoc />
    public async Task Listening()
    {
        if (Presence is not { } presence)
        {
            return;
        }

        await SetPresenceAsync(presence with { Listening = true });
        await DeliverQueuedAsync();
    }

    /// <inheritdoc />
    public async Task Detach(IDeviceLink link, DeviceRoute route)
    {
        if (Presence is not { } presence || !(_attached is { } attached ? Equals(attached, link) : presence.Route == route))
        {
            return;
        }

        _attached = null;
        await SetPresenceAsync(null);
    }

    /// <inheritdoc />
    public Task<bool> IsConnected() => Task.FromResult(Presence is not null);

    /// <inheritdoc />
    public async Task<DeliveryStatus> Send(CloudToDeviceMessage message)
    {
        if (state.State.Queue.Count == 0 && Presence is { Listening: true } && await TryAsync(link => link.Deliver(DeviceId, message)))
        {
            return DeliveryStatus.Delivered;
        }

        DropExpired();
        if (state.State.Queue.Count >= MaxQueued)
        {
            return DeliveryStatus.QueueFull;
        }

        state.State.Queue.Add(message);
        await state.WriteStateAsync();
        RetryQueuedWhileListening();
        return DeliveryStatus.Queued;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CloudToDeviceMessage>> Pending()
    {
        DropExpired();
        return Task.FromResult<IReadOnlyList<CloudToDeviceMessage>>([.. state.State.Queue]);
    }

    /// <inheritdoc />
    public async Task<DirectMethodResult> Invoke(DirectMethodCall call)
    {
        if (Link() is not { } link)
        {
            return DirectMethodResult.NotConnected(DeviceId);
        }

        try
        {
            return await link.InvokeMethod(DeviceId, call);
        }
        catch (Exception e) when (IsHubGone(e))
        {
            await LinkFailedAsync();
            return DirectMethodResult.NotConnected(DeviceId);
        }
    }

    /// <inheritdoc />
    public async Task PushDesired(string patchJson, long version)
    {
        if (Presence is not null)
        {
            await TryAsync(link => link.PushDesired(DeviceId, patchJson, version));
        }
    }

    private async Task DeliverQueuedAsync()
    {
        DropExpired();
        var delivered = 0;
        foreach (var message in state.State.Queue)
        {
            if (!await TryAsync(link => link.Deliver(DeviceId, message)))
            {
                break;
            }

            delivered++;
        }

        if (delivered > 0)
        {
            state.State.Queue.RemoveRange(0, delivered);
            await state.WriteStateAsync();
        }

        RetryQueuedWhileListening();
    }

    // Keeps a timer that sends the queue while the device listens and messages wait; it stops once they are gone or
    // the device is.
    private void RetryQueuedWhileListening()
    {
        if (state.State.Queue.Count > 0 && Presence is { Listening: true })
        {
            _retry ??= this.RegisterGrainTimer(RetryQueuedAsync, new GrainTimerCreationOptions(RetryPeriod, RetryPeriod) { Interleave = false });
        }
        else
        {
            _retry?.Dispose();
            _retry = null;
        }
    }

    private Task RetryQueuedAsync()
    {
        if (Presence is { Listening: true })
        {
            return DeliverQueuedAsync();
        }

        RetryQueuedWhileListening();
        return Task.CompletedTask;
    }

    private void DropExpired()
    {
        var now = time.GetUtcNow();
        state.State.Queue.RemoveAll(m => m.ExpiresAt <= now);
    }

    // On a shared broker this silo's own bridge reaches the device; an embedded hub only through its own link, which
    // a new activation rebuilds from the route.
    private IDeviceLink? Link() => Presence?.Route switch
    {
        { SharedBrokerGroup: { } group } => ServiceProvider.GetService<ISharedBrokerLinks>()?.For(group) ?? _attached,
        { HubLink: { } hub } => _attached ?? GrainFactory.GetGrain(GrainId.Parse(hub)).AsReference<IDeviceLink>(),
        _ => null,
    };

    private async Task<bool> TryAsync(Func<IDeviceLink, Task<bool>> send)
    {
        if (Link() is not { } link)
        {
            return false;
        }

        try
        {
            if (await send(link))
            {
                return true;
            }
        }
        catch (Exception e) when (IsHubGone(e))
        {
        }

        await LinkFailedAsync();
        return false;
    }

    // An embedded hub that fails the call has lost the device (or died): forget it, the device attaches again wherever
    // it reconnects. A shared broker's bridge that fails could not reach the broker for now; the device is still
    // connected to the broker, and what could not be sent stays queued.
    private async Task LinkFailedAsync()
    {
        if (Presence?.Route.SharedBrokerGroup is null)
        {
            _attached = null;
            await SetPresenceAsync(null);
        }
    }

    private async Task SetPresenceAsync(DevicePresence? presence)
    {
        if (Equals(Presence, presence))
        {
            return;
        }

        state.State.Presence = presence;
        await state.WriteStateAsync();
    }

    private bool IsInCluster(string silo) =>
        membership.CurrentSnapshot.GetSiloStatus(SiloAddress.FromParsableString(silo)) is SiloStatus.Active or SiloStatus.Joining or SiloStatus.Created;

    private static bool IsHubGone(Exception e) =>
        e is TimeoutException or OrleansMessageRejectionException or SiloUnavailableException or ClientNotAvailableException;
}
