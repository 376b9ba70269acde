using Waste.Grains.Events;
using Waste.Grains.Zones;
using Waste.Registry;

namespace Waste.Reports.Tests.Grains;

/// <summary>A ward counts each emptying once when a bin's outbox sends it again, and remembers what it counted for
/// <see cref="ZoneGrain.CountedDaysKept"/> days before the newest day it recorded, not for as long as it keeps days.</summary>
public sealed class ZoneCountingTests : ReportWritingFixture
{
    private const string Ward = "Thủ Dầu Một/Phú Cường";
    private static readonly DateTimeOffset Emptied = new(2026, 11, 26, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 11, 26);

    private static BinEmptied Emptying(string bin, DateTimeOffset at) => new(Ward, bin, WasteStream.Recyclable, at, 240);

    private static async Task<int> CollectionsOnAsync(IZoneGrain ward, DateOnly day) =>
        (await ward.GetDays(day, day)).Sum(d => d.Collections.Values.Sum());

    [Fact]
    public async Task A_copy_within_the_counted_days_is_counted_once_and_one_after_them_again()
    {
        var silo = await StartSiloAsync();
        var ward = silo.Grains.GetGrain<IZoneGrain>(Ward);

        await ward.Record(Emptying("bin-0001", Emptied));
        await ward.Record(Emptying("bin-0002", Emptied.AddDays(ZoneGrain.CountedDaysKept - 1)));
        await ward.Record(Emptying("bin-0001", Emptied));
        Assert.Equal(1, await CollectionsOnAsync(ward, Day));

        await ward.Record(Emptying("bin-0002", Emptied.AddDays(ZoneGrain.CountedDaysKept + 1)));
        await ward.Record(Emptying("bin-0001", Emptied));
        Assert.Equal(2, await CollectionsOnAsync(ward, Day));
    }
}
