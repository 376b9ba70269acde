using Waste.Forecasting;

namespace Waste.Forecasting.Bench;

/// <summary>
/// Replays bins' emptyings in time order, as a cloud that only hears of emptyings would have seen them: each site's
/// fill model learns from its own emptyings, with a prior from what the other sites of its ward (street) and of the
/// whole city have shown so far, pooled the way a ward grain pools its bins. For every emptying after a site's first
/// <see cref="WarmUp"/>, the model's forecast of the fill found is scored against the baselines, each made from the
/// earlier emptyings only.
/// </summary>
public sealed class EventReplay(FillModelSettings settings)
{
    /// <summary>Emptyings of a site before its first scored forecast: two whole cycles.</summary>
    public const int WarmUp = 3;

    /// <summary>The fill the data can show: Enevo's fill is capped at 100.</summary>
    public const double Cap = 100;

    /// <summary>Scores the forecasts made along <paramref name="events"/> (any order; replayed by time).</summary>
    public IEnumerable<EventScore> Run(IReadOnlyList<CollectionEvent> events)
    {
        var models = new Dictionary<string, FillModel>(StringComparer.Ordinal);
        var wards = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, List<CollectionEvent>>(StringComparer.Ordinal);
        foreach (var collection in events.OrderBy(e => e.Time))
        {
            if (!models.TryGetValue(collection.SiteId, out var model))
            {
                models[collection.SiteId] = model = new FillModel();
                wards[collection.SiteId] = collection.Ward;
                seen[collection.SiteId] = [];
            }

            var prior = Prior(collection.SiteId, collection.Ward, models, wards);
            var history = seen[collection.SiteId];
            if (history.Count >= WarmUp && model.LevelTime is { } emptied)
            {
                var forecast = FillForecaster.Project(model, prior, settings, collection.Time).At(collection.Time);
                var elapsed = (collection.Time - emptied).TotalHours;
                var rates = CycleRates(history);
                yield return new EventScore(
                    collection.SiteId,
                    collection.Time,
                    elapsed,
                    collection.FillBeforePercent,
                    forecast.Expected,
                    forecast.Low,
                    forecast.High,
                    Math.Min(Cap, rates[^1] * elapsed),
                    Math.Min(Cap, rates.Average() * elapsed));
            }

            model.Emptied(new Collection(collection.Time, collection.FillBeforePercent, 0), prior);
            history.Add(collection);
        }
    }

    // The prior a ward grain would give: the street's other sites' cycles, shrunk towards the whole city's.
    private static RatePrior Prior(string site, string ward, Dictionary<string, FillModel> models, Dictionary<string, string> wards)
    {
        var others = models.Where(m => m.Key != site).ToList();
        var city = RatePrior.Of([.. others.Select(m => m.Value.Share)], RatePrior.CityDefault);
        return RatePrior.Of([.. others.Where(m => wards[m.Key] == ward).Select(m => m.Value.Share)], city);
    }

    // Each cycle's fill per hour, oldest first: the fill found over the hours since the emptying before.
    private static List<double> CycleRates(IReadOnlyList<CollectionEvent> history) =>
        [.. history.Zip(history.Skip(1), (before, after) => after.FillBeforePercent / (after.Time - before.Time).TotalHours)];
}
