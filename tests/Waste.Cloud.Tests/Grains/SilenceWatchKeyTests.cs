using Waste.Grains.Bins;
using Waste.Grains.Zones;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Cloud.Tests.Grains;

public class SilenceWatchKeyTests
{
    private static RegisteredDevice Bin(string id, string ward = "Phú Cường") => new()
    {
        Id = id, Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), Ward = ward, District = "Thủ Dầu Một",
    };

    [Fact]
    public void A_thousand_bin_ward_is_shared_evenly_among_its_watches_and_each_bin_always_has_the_same_one()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => $"scale-{i:D7}").ToList();
        var watches = SilenceWatchKey.OfWard(ZoneKey.For("Thủ Dầu Một", "Phú Cường")).ToHashSet();

        var byWatch = ids.GroupBy(id => SilenceWatchKey.Of(id, Bin(id))).ToList();

        Assert.Equal(SilenceWatchKey.ShardsPerWard, watches.Count);
        Assert.All(byWatch, group => Assert.Contains(group.Key, watches));
        Assert.Equal(SilenceWatchKey.ShardsPerWard, byWatch.Count);
        Assert.All(byWatch, group => Assert.InRange(group.Count(), 30, 100));
        Assert.Equal(SilenceWatchKey.Of("bin-0042", Bin("bin-0042")), SilenceWatchKey.Of("bin-0042", Bin("bin-0042")));
    }

    [Fact]
    public void A_bin_moved_to_another_ward_belongs_to_a_watch_of_the_new_ward()
    {
        var before = SilenceWatchKey.Of("bin-0042", Bin("bin-0042", "Phú Cường"));
        var after = SilenceWatchKey.Of("bin-0042", Bin("bin-0042", "Hiệp Thành"));

        Assert.NotEqual(before, after);
        Assert.Contains(after, SilenceWatchKey.OfWard(ZoneKey.For("Thủ Dầu Một", "Hiệp Thành")));
    }
}
