using CsCheck;
using Waste.Reports.Wards;

namespace Waste.Reports.Tests.Wards;

public class DayCollectionsTests
{
    private static readonly DateOnly Date = new(2026, 11, 26);
    private static readonly DateTimeOffset Midnight = new(2026, 11, 26, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Any_batches_of_collections_resent_in_any_order_keep_each_collection_once_oldest_first() =>
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 1439]).Array[0, 30].Array[1, 6].Sample(batches =>
        {
            DayCollections? day = null;
            foreach (var batch in batches)
            {
                day = DayCollections.With(day, Date, batch.Select(c => ReportSamples.Emptied($"bin-{c.Item1}", Midnight.AddMinutes(c.Item2))));
            }

            var expected = batches.SelectMany(b => b).Distinct().Select(c => Midnight.AddMinutes(c.Item2)).Order();
            Assert.Equal(expected, day!.Collections.Select(c => c.At));
        });
}
