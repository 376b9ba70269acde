using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Waste.Telemetry;

namespace Waste.Grains.Alerts;

/// <summary>Keeps the city's alerts: one unresolved alert per device and kind, each change persisted before it is
/// announced to subscribers. A change writes the open alerts only; resolved ones move to a state of their own every
/// <see cref="ArchiveDelay"/>, so a change does not rewrite a month of history.</summary>
public sealed partial class AlertBoardGrain : Grain, IAlertBoardGrain
{
    /// <summary>How long a subscription lives without renewal.</summary>
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Resolved alerts are kept here this long (the report store keeps them for good).</summary>
    public static readonly TimeSpan ResolvedRetention = TimeSpan.FromDays(90);

    /// <summary>And at most this many.</summary>
    public const int MaxResolvedKept = 10_000;

    /// <summary>How often alerts the report store could not take are tried again.</summary>
    public static readonly TimeSpan ReportRetry = TimeSpan.FromSeconds(10);

    /// <summary>How often alerts resolved meanwhile move from the open alerts' state to the resolved alerts' one. Kept
    /// in one state, a month of a city's alerts (some thousands) was rewritten at every raise and resolution (in the
    /// 2,000-bin simulation the board's serialization grew thirtyfold from day 2 to day 11).</summary>
    public static readonly TimeSpan ArchiveDelay = TimeSpan.FromMinutes(1);

    private static readonly HashSet<AlertKind> EndByThemselves =
        [AlertKind.Offline, AlertKind.BinOverflow, AlertKind.BinLidOpen, AlertKind.LowBattery, AlertKind.ToiletNoVisits];

    private readonly IPersistentState<AlertBoardState> _state;
    private readonly IPersistentState<ResolvedAlertsState> _resolved;
    private readonly TimeProvider _time;
    private readonly ObserverManager<IAlertObserver> _observers;
    private readonly IReportStore _reports;
    private readonly ILogger _logger;
    private bool _reportsFailing;

    /// <summary>Creates the board.</summary>
    public AlertBoardGrain(
        [PersistentState("alerts", StorageNames.Devices)] IPersistentState<AlertBoardState> state,
        [PersistentState("alerts-resolved", StorageNames.Devices)] IPersistentState<ResolvedAlertsState> resolved,
        [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
        IReportStore reports,
        ILogger<AlertBoardGrain> logger)
    {
        _state = state;
        _resolved = resolved;
        _time = time;
        _reports = reports;
        _logger = logger;
        _observers = new ObserverManager<IAlertObserver>(SubscriptionLifetime, logger);
    }

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A move cut short between its two writes left an alert in both states: the resolved one is what counts.
        var archived = _resolved.State.Alerts.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        _state.State.Alerts.RemoveAll(a => archived.Contains(a.Id));
        this.RegisterGrainTimer(WriteReportsAsync, new GrainTimerCreationOptions(TimeSpan.Zero, ReportRetry) { Interleave = false });
        this.RegisterGrainTimer(ArchiveResolvedAsync, new GrainTimerCreationOptions(ArchiveDelay, ArchiveDelay) { Interleave = false });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => ArchiveResolvedAsync();

    /// <inheritdoc />
    public async Task<Alert?> Raise(AlertCondition condition)
    {
        if (Unresolved(condition.DeviceId, condition.Kind) is not null)
        {
            return null;
        }

        return await AddAsync(condition, citizenReports: 0);
    }

    /// <inheritdoc />
    public async Task<Alert> Report(AlertCondition condition)
    {
        if (Unresolved(condition.DeviceId, condition.Kind) is { } known)
        {
            var joined = known with { CitizenReports = known.CitizenReports + 1 };
            await ReplaceAsync(known, joined);
            return joined;
        }

        return await AddAsync(condition, citizenReports: 1);
    }

    /// <inheritdoc />
    public async Task ConditionCleared(string deviceId, AlertKind kind, DateTimeOffset at)
    {
        if (Unresolved(deviceId, kind) is not { } alert || alert.ConditionClearedAt is not null)
        {
            return;
        }

        var cleared = alert with { ConditionClearedAt = at };
        if (EndByThemselves.Contains(kind))
        {
            cleared = cleared with { ResolvedAt = at, ResolvedBy = "system" };
        }

        await ReplaceAsync(alert, cleared);
    }

    /// <inheritdoc />
    public Task<AlertUpdate> Acknowledge(string alertId, string by, string? note) =>
        ChangeAsync(alertId, by, note, alert => alert.AcknowledgedAt is null
            ? alert with { AcknowledgedAt = _time.GetUtcNow(), AcknowledgedBy = by }
            : alert);

    /// <inheritdoc />
    public Task<AlertUpdate> Resolve(string alertId, string by, string? note) =>
        ChangeAsync(alertId, by, note, alert =>
        {
            var now = _time.GetUtcNow();
            return alert with
            {
                AcknowledgedAt = alert.AcknowledgedAt ?? now,
                AcknowledgedBy = alert.AcknowledgedBy ?? by,
                ResolvedAt = now,
                ResolvedBy = by,
            };
        });

    /// <inheritdoc />
    public Task<IReadOnlyList<Alert>> List(AlertFilter filter) =>
        Task.FromResult<IReadOnlyList<Alert>>([.. All().Where(filter.Matches).OrderByDescending(a => a.RaisedAt).Take(filter.Limit)]);

    /// <inheritdoc />
    public Task<AlertStatistics> Statistics(AlertFilter filter) =>
        Task.FromResult(AlertStatistics.Of([.. All().Where(filter.Matches)]));

    /// <inheritdoc />
    public Task Subscribe(IAlertObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task Unsubscribe(IAlertObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private async Task<Alert> AddAsync(AlertCondition condition, int citizenReports)
    {
        var alert = new Alert
        {
            Id = $"A{_state.State.NextNumber}",
            DeviceId = condition.DeviceId,
            Kind = condition.Kind,
            Ward = condition.Ward,
            District = condition.District,
            Detail = condition.Detail,
            Reason = condition.Reason,
            RaisedAt = condition.At,
            CitizenReports = citizenReports,
        };
        _state.State.NextNumber++;
        _state.State.Alerts.Add(alert);
        await SaveAndAnnounceAsync(alert);
        return alert;
    }

    private Alert? Unresolved(string deviceId, AlertKind kind) =>
        _state.State.Alerts.FindLast(a => a.DeviceId == deviceId && a.Kind == kind && a.ResolvedAt is null);

    private IEnumerable<Alert> All() => _resolved.State.Alerts.Concat(_state.State.Alerts);

    private Alert? Find(string alertId) =>
        _state.State.Alerts.FindLast(a => a.Id == alertId) ?? _resolved.State.Alerts.FindLast(a => a.Id == alertId);

    private async Task<AlertUpdate> ChangeAsync(string alertId, string by, string? note, Func<Alert, Alert> change)
    {
        var alert = Find(alertId);
        if (alert is null)
        {
            return AlertUpdate.Refused(AlertUpdateError.NotFound);
        }

        if (alert.ResolvedAt is not null)
        {
            return AlertUpdate.Refused(AlertUpdateError.AlreadyResolved);
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > AlertNote.MaxLength })
        {
            return AlertUpdate.Refused(AlertUpdateError.NoteTooLong);
        }

        if (text is not null && alert.Notes.Length >= AlertNote.MaxPerAlert)
        {
            return AlertUpdate.Refused(AlertUpdateError.TooManyNotes);
        }

        var changed = change(alert);
        if (text is not null)
        {
            changed = changed with { Notes = [.. changed.Notes, new AlertNote(_time.GetUtcNow(), by, text)] };
        }

        await ReplaceAsync(alert, changed);
        return AlertUpdate.Done(changed);
    }

    private async Task ReplaceAsync(Alert before, Alert after)
    {
        _state.State.Alerts[_state.State.Alerts.LastIndexOf(before)] = after;
        await SaveAndAnnounceAsync(after);
    }

    private async Task SaveAndAnnounceAsync(Alert changed)
    {
        _state.State.Unreported.Add(changed.Id);
        await _state.WriteStateAsync();
        await _observers.Notify(observer => observer.OnAlertChanged(changed));
        if (!_reportsFailing)
        {
            // While the report store fails, changes wait for the timer rather than slow every change down.
            await WriteReportsAsync();
        }
    }

    private async Task WriteReportsAsync()
    {
        var failure = await _state.State.Unreported.WriteAsync(_reports, Find);
        _reportsFailing = failure is not null;
        if (failure is not null)
        {
            LogReportDeferred(failure, _state.State.Unreported.Count, ReportRetry);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} alert changes not written to the report store; trying again in {Retry}")]
    private partial void LogReportDeferred(Exception exception, int count, TimeSpan retry);

    // The resolved state is written first: an alert never leaves the open state before it is in the resolved one.
    private async Task ArchiveResolvedAsync()
    {
        var resolved = _state.State.Alerts.Where(a => a.ResolvedAt is not null).ToList();
        if (resolved.Count == 0)
        {
            return;
        }

        _resolved.State.Alerts.AddRange(resolved.OrderBy(a => a.ResolvedAt));
        Prune(_resolved.State.Alerts);
        await _resolved.WriteStateAsync();
        _state.State.Alerts.RemoveAll(a => a.ResolvedAt is not null);
        await _state.WriteStateAsync();
    }

    private void Prune(List<Alert> resolved)
    {
        var cutoff = _time.GetUtcNow() - ResolvedRetention;
        resolved.RemoveAll(a => a.ResolvedAt < cutoff);
        if (resolved.Count > MaxResolvedKept)
        {
            resolved.RemoveRange(0, resolved.Count - MaxResolvedKept);
        }
    }
}
