using Waste.Reports.Documents;

namespace Waste.Reports.Tests.Contract;

public class DocumentKeyTests
{
    [Theory]
    [InlineData("day/2026")]
    [InlineData("day\\2026")]
    [InlineData("day?2026")]
    [InlineData("day#2026")]
    [InlineData("day 2026")]
    [InlineData("ngày")]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("day:")]
    [InlineData("-day")]
    public void An_id_outside_what_both_backends_take_is_refused(string id) =>
        Assert.Throws<ArgumentException>(() => new DocumentKey("Thủ Dầu Một/Phú Cường", id));

    [Fact]
    public void An_empty_or_oversized_partition_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new DocumentKey("", "day:2026-11-26"));
        Assert.Throws<ArgumentException>(() => new DocumentKey(new string('ộ', DocumentKey.MaxPartitionBytes / 3 + 1), "day:2026-11-26"));
    }

    [Fact]
    public void An_id_too_long_for_cosmos_db_is_refused() =>
        Assert.Throws<ArgumentException>(() => new DocumentKey("ward", new string('a', DocumentKey.MaxIdLength + 1)));

    [Fact]
    public void A_ward_key_with_any_text_is_a_partition()
    {
        var key = new DocumentKey("Thủ Dầu Một/Phường 1 #2?", "alerts:2026-11");

        Assert.Equal("Thủ Dầu Một/Phường 1 #2?", key.Partition);
        Assert.Equal("alerts:2026-11", key.Id);
    }
}
