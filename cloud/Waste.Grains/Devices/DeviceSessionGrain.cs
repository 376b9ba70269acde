using Microsoft.Extensions.DependencyInjection;
using Waste.Telemetry;

namespace Waste.Grains.Devices;

/// <summary>Keeps a device's current link and its cloud-to-device queue (at most <see cref="MaxQueued"/> messages,
/// each dropped at its expiry).</summary>
public sealed class DeviceSessionGrain(
    [PersistentState("session", StorageNames.Devices)] IPersistentState<DeviceSessionState> state,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time) : Grain, IDeviceSessionGrain
{
    /// <summary>Azure IoT Hub's per-device queue limit.</summary>
    public const int MaxQueued = 50;

    private IDeviceLink? _link;
    private bool _listening;

    private string DeviceId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public Task Attach(IDeviceLink link)
    {
        _link = link;
        _listening = false;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task Listening()
    {
        if (_link is null)
        {
            return;
        }

        _listening = true;
        await DeliverQueuedAsync();
    }

    /// <inheritdoc />
    public Task Detach(IDeviceLink link)
    {
        if (Equals(_link, link))
        {
            _link = null;
            _listening = false;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> IsConnected() => Task.FromResult(_link is not null);

    /// <inheritdoc />
    public async Task<DeliveryStatus> Send(CloudToDeviceMessage message)
    {
        if (state.State.Queue.Count == 0 && _listening && _link is { } link && await TryAsync(() => link.Deliver(DeviceId, message)))
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
        if (_link is not { } link)
        {
            return DirectMethodResult.NotConnected(DeviceId);
        }

        try
        {
            return await link.InvokeMethod(DeviceId, call);
        }
        catch (Exception e) when (e is TimeoutException or OrleansMessageRejectionException or SiloUnavailableException)
        {
            // The hub holding the connection is gone: so is the connection.
            _link = null;
            return DirectMethodResult.NotConnected(DeviceId);
        }
    }

    /// <inheritdoc />
    public async Task PushDesired(string patchJson, long version)
    {
        if (_link is { } link)
        {
            await TryAsync(() => link.PushDesired(DeviceId, patchJson, version));
        }
    }

    private async Task DeliverQueuedAsync()
    {
        DropExpired();
        var delivered = 0;
        foreach (var message in state.State.Queue)
        {
            if (_link is not { } link || !await TryAsync(() => link.Deliver(DeviceId, message)))
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
    }

    private void DropExpired()
    {
        var now = time.GetUtcNow();
        state.State.Queue.RemoveAll(m => m.ExpiresAt <= now);
    }

    // A link whose silo died fails the call: forget it, the device will attach again wherever it reconnects.
    private async Task<bool> TryAsync(Func<Task<bool>> send)
    {
        try
        {
            if (await send())
            {
                return true;
            }
        }
        catch (Exception e) when (e is TimeoutException or OrleansMessageRejectionException or SiloUnavailableException)
        {
        }

        _link = null;
        _listening = false;
        return false;
    }
}
