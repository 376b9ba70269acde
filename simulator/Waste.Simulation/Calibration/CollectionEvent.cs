namespace Waste.Simulation.Calibration;

/// <summary>
/// One emptying of one bin as a collection log records it (the Edinburgh 2016 Enevo export's row): the site, when,
/// how full the bin was just before (percent, capped at 100), and the volume collected when the log tells it (which,
/// with the fill, gives the bin's capacity).
/// </summary>
public sealed record CollectionEvent(long SiteId, DateTimeOffset CollectedAt, double FillBeforePercent, double? VolumeLitres);
