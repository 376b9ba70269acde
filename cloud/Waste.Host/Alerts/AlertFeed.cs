using System.Threading.Channels;
using Waste.Grains.Alerts;

namespace Waste.Host.Alerts;

/// <summary>
/// This silo's subscription to the city's alert board, fanned out to every live listener (the maintenance board's
/// server-sent events). The subscription is renewed well within its lifetime, and re-made if the board moved.
/// </summary>
public sealed partial class AlertFeed(IGrainFactory grains, ILogger<AlertFeed> logger) : BackgroundService, IAlertObserver
{
    /// <summary>How often the subscription is renewed.</summary>
    public static readonly TimeSpan RenewEvery = AlertBoardGrain.SubscriptionLifetime / 5;

    private readonly Lock _listenersLock = new();
    private readonly List<Channel<Alert>> _listeners = [];
    private IAlertObserver? _reference;

    /// <inheritdoc />
    public Task OnAlertChanged(Alert alert)
    {
        lock (_listenersLock)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(alert);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Every alert change from now until <paramref name="cancellationToken"/> ends the listening; a slow
    /// listener loses the oldest changes rather than holding the others back.</summary>
    public async IAsyncEnumerable<Alert> ListenAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<Alert>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_listenersLock)
        {
            _listeners.Add(channel);
        }

        try
        {
            await foreach (var alert in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return alert;
            }
        }
        finally
        {
            lock (_listenersLock)
            {
                _listeners.Remove(channel);
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _reference = grains.CreateObjectReference<IAlertObserver>(this);
        var board = grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey);
        using var timer = new PeriodicTimer(RenewEvery);
        do
        {
            try
            {
                await board.Subscribe(_reference);
            }
            catch (Exception e) when (e is TimeoutException or OrleansException)
            {
                LogRenewFailed(e);
            }
        }
        while (await WaitAsync(timer, stoppingToken));

        try
        {
            await board.Unsubscribe(_reference).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            // Shutting down: the subscription expires by itself.
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert feed: subscription not renewed; retrying")]
    private partial void LogRenewFailed(Exception exception);
}
