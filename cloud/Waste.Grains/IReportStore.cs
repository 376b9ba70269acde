using Waste.Grains.Alerts;
using Waste.Grains.Events;
using Waste.Grains.Zones;

namespace Waste.Grains;

/// <summary>
/// Where the grains put what reports need for good (wards' days, collections, alert history), beyond what their own
/// state keeps. Every write is idempotent and merges with what is stored, never undoing it, so a write may be repeated
/// or arrive from two activations of one grain.
/// </summary>
public interface IReportStore
{
    /// <summary>Writes a ward's day (key: <see cref="ZoneKey"/>): each total becomes at least the day's.</summary>
    Task WriteDayAsync(string zoneKey, ZoneDay day, CancellationToken cancellationToken);

    /// <summary>Adds a ward's collections (emptyings) to their days; one already stored is not added again.</summary>
    Task AddCollectionsAsync(string zoneKey, IReadOnlyCollection<BinEmptied> collections, CancellationToken cancellationToken);

    /// <summary>Writes an alert as it now is; an older version never replaces a newer one.</summary>
    Task WriteAlertAsync(Alert alert, CancellationToken cancellationToken);
}
