using Microsoft.Extensions.DependencyInjection;
using Waste.Grains.Alerts;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Grains.Citizens;

/// <summary>One device's citizen reports. A report becomes an alert through the board's <see cref="IAlertBoardGrain.Report"/>,
/// which joins an unresolved alert of the same kind (raised by the sensors or by earlier reports) rather than adding
/// another: a hundred reports of one full bin are one alert counting a hundred reports.</summary>
public sealed class CitizenReportsGrain(
    [PersistentState("citizen-reports", StorageNames.Devices)] IPersistentState<CitizenReportsState> state,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time,
    IDeviceRegistry registry) : Grain, ICitizenReportsGrain
{
    /// <summary>Reports kept per device; a link to an older one answers that it is no longer kept.</summary>
    public const int MaxKept = 200;

    /// <inheritdoc />
    public async Task<CitizenReport?> Submit(string token, ProblemCategory category, string? comment, bool hasPhoto)
    {
        if (registry.Find(this.GetPrimaryKeyString()) is not { } device || !ProblemCategories.Allows(device.Kind, category))
        {
            return null;
        }

        var at = time.GetUtcNow();
        // The alert's kind says what was reported; its detail is the citizen's own words, if any.
        var alert = await GrainFactory.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey).Report(
            new AlertCondition(device.Id, ProblemCategories.AlertKindOf(device.Kind, category), at, comment ?? "", device.Ward, device.District));
        var report = new CitizenReport { Token = token, Category = category, Comment = comment, HasPhoto = hasPhoto, At = at, AlertId = alert.Id };
        state.State.Reports.Add(report);
        if (state.State.Reports.Count > MaxKept)
        {
            state.State.Reports.RemoveRange(0, state.State.Reports.Count - MaxKept);
        }

        await state.WriteStateAsync();
        return report;
    }

    /// <inheritdoc />
    public Task<CitizenReport?> Find(string token) =>
        Task.FromResult(state.State.Reports.FindLast(r => string.Equals(r.Token, token, StringComparison.Ordinal)));

    /// <inheritdoc />
    public Task<IReadOnlyList<CitizenReport>> List() =>
        Task.FromResult<IReadOnlyList<CitizenReport>>([.. Enumerable.Reverse(state.State.Reports)]);
}
