using Orleans.Concurrency;
using Waste.Forecasting;
using Waste.Grains.Events;

namespace Waste.Grains.Zones;

/// <summary>
/// One ward (key: <see cref="ZoneKey"/>): its daily aggregates for the reports, and the fill profile its bins have
/// learnt, which a new bin borrows until it has history of its own. Every record is idempotent: a device may deliver
/// an event twice.
/// </summary>
public interface IZoneGrain : IGrainWithStringKey
{
    /// <summary>A bin of the ward was emptied.</summary>
    Task Record(BinEmptied collection);

    /// <summary>A bin of the ward overflowed for a while.</summary>
    Task Record(BinOverflowed overflow);

    /// <summary>A toilet of the ward was available, or not, for a while.</summary>
    Task Record(ToiletTime time);

    /// <summary>A device of the ward began a fault.</summary>
    Task Record(FaultBegan fault);

    /// <summary>What a bin has learnt of its fill (hourly profile, cycles, forecast scores); it joins the ward's prior
    /// from the next <see cref="ZoneGrain.PriorSlot"/> on.</summary>
    Task ReportRates(string binId, FillShare share);

    /// <summary>What the ward's bins have learnt, as a prior for a bin with little history: the same all through a
    /// <see cref="ZoneGrain.PriorSlot"/>.</summary>
    Task<RatePrior> GetRatePrior();

    /// <summary>The ward's days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    Task<IReadOnlyList<ZoneDay>> GetDays(DateOnly from, DateOnly to);
}
