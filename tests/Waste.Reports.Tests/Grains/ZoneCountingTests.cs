using Waste.Grains.Events;
using Waste.Grains.Zones;
using Waste.Registry;

namespace Waste.Reports.Tests.Grains;

/// <summary>A ward counts each emptying once when a bin's outbox sends it again, however late the copy comes, and
/// each new emptying of the bin, which is always later than the one before; it remembers one time per bin, not every
/// emptying it counted.</summary>
public sealed class ZoneCountingTests : ReportWritingFixture
{
    private const string Ward = "Thủ Dầu Một/Phú Cường";
    private static readonly DateTimeOffset Emptied = new(2026, 11, 26, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 11, 26);

    private static BinEmptied Emptying(string bin, DateTimeOffset at) => new(Ward, bin, WasteStream.Recyclable, at, 240);

    private static async Task<int> CollectionsOnAsync(IZoneGrain ward, DateOnly day) =>
        (await ward.GetDays(day, day)).Sum(d => d.Collections.Values.Sum());

    [Fact]
    public async Task A_copy_is_counted_once_however_late_it_comes()
    {
        var silo = await StartSiloAsync();
        var ward = silo.Grains.GetGrain<IZoneGrain>(Ward);

        await ward.Record(Emptying("bin-0001", Emptied));
        await ward.Record(Emptying("bin-0002", Emptied.AddDays(ZoneGrain.CountedDaysKept + 1)));
        await ward.Record(Emptying("bin-0001", Emptied));
        await ward.Record(Emptying("bin-0001", Emptied.AddDays(ZoneGrain.CountedDaysKept + 2)));
        await ward.Record(Emptying("bin-0001", Emptied));

        Assert.Equal(1, await CollectionsOnAsync(ward, Day));
        Assert.Equal(1, await CollectionsOnAsync(ward, Day.AddDays(ZoneGrain.CountedDaysKept + 2)));
    }

    [Fact]
    public async Task Each_bin_counts_its_own_emptyings_at_the_same_moment()
    {
        var silo = await StartSiloAsync();
        var ward = silo.Grains.GetGrain<IZoneGrain>(Ward);

        await ward.Record(Emptying("bin-0001", Emptied));
        await ward.Record(Emptying("bin-0002", Emptied));
        await ward.Record(Emptying("bin-0001", Emptied.AddHours(5)));
        await ward.Record(Emptying("bin-0002", Emptied));

        Assert.Equal(3, await CollectionsOnAsync(ward, Day));
    }
}
